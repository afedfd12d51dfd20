package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** account/registered: the activation mail is on its way. */
public class RegisteredPage extends PortalPage {

    public RegisteredPage(WebDriver driver) {
        super(driver, By.id("registered"));
    }

    public String text() {
        return driver.findElement(By.id("registered")).getText();
    }
}
