package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The 403 answer to anything that would change something while a clerk views a customer's pages. */
public class ReadOnlyPage extends PortalPage {

    public ReadOnlyPage(WebDriver driver) {
        super(driver, By.id("read-only"));
    }

    public String text() {
        return driver.findElement(By.id("read-only")).getText();
    }
}
