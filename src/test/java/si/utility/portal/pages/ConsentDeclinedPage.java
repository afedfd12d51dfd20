package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** account/consent-declined: without consent the customer is logged out and told why. */
public class ConsentDeclinedPage extends PortalPage {

    public ConsentDeclinedPage(WebDriver driver) {
        super(driver, By.id("consent-declined"));
    }

    public String text() {
        return driver.findElement(By.id("consent-declined")).getText();
    }
}
