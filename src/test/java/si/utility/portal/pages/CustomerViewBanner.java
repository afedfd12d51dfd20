package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The banner over every customer page while a clerk views them ("Ogled kot stranka ... — samo za branje"). */
public final class CustomerViewBanner {

    private CustomerViewBanner() {
    }

    /** The banner's text, or empty when the page shows none. */
    public static String text(WebDriver driver) {
        List<WebElement> text = driver.findElements(By.id("view-banner-text"));
        return text.isEmpty() ? "" : text.get(0).getText();
    }

    /** "Končaj ogled": back to the customer card. */
    public static StaffCustomerPage end(WebDriver driver) {
        NextDocument.click(driver, driver.findElement(By.id("view-banner:end")), PortalPage.TIMEOUT);
        return new StaffCustomerPage(driver);
    }
}
