package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** profile/withdraw-consent: explains that the portal needs the consent before it is withdrawn. */
public class WithdrawConsentPage extends PortalPage {

    public WithdrawConsentPage(WebDriver driver) {
        super(driver, By.id("withdraw"));
    }

    public String explanation() {
        return driver.findElement(By.id("withdraw-explanation")).getText();
    }

    public ConsentDeclinedPage confirm() {
        submit(driver.findElement(By.id("withdraw:confirm")));
        return new ConsentDeclinedPage(driver);
    }
}
