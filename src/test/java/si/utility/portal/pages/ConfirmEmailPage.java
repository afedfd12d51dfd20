package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** profile/confirm-email: what following the link mailed to a new address did. */
public class ConfirmEmailPage extends PortalPage {

    public ConfirmEmailPage(WebDriver driver) {
        super(driver, By.id("confirm-email-outcome"));
    }

    /** Opens the link from the mail. */
    public static ConfirmEmailPage follow(WebDriver driver, String link) {
        driver.get(link);
        return new ConfirmEmailPage(driver);
    }

    public String outcome() {
        return driver.findElement(By.id("confirm-email-outcome")).getText();
    }
}
