package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** staff/customers: the customer search (a GET form) and its results. */
public class StaffCustomersPage extends PortalPage {

    @FindBy(id = "q")
    private WebElement query;

    public StaffCustomersPage(WebDriver driver) {
        super(driver, By.id("search"));
    }

    /** Types the text into the search field and searches, as a clerk does. */
    public static StaffCustomersPage search(WebDriver driver, URL base, String text) {
        open(driver, base, "staff/customers");
        StaffCustomersPage page = new StaffCustomersPage(driver);
        page.query.clear();
        page.query.sendKeys(text);
        page.submit(driver.findElement(By.id("search-submit")));
        return new StaffCustomersPage(driver);
    }

    public List<String> payerCodes() {
        return driver.findElements(By.cssSelector("#found tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    public boolean queryInvalid() {
        return !driver.findElements(By.id("query-invalid")).isEmpty();
    }

    public StaffCustomerPage open(String payerCode) {
        driver.findElement(By.linkText(payerCode)).click();
        return new StaffCustomerPage(driver);
    }
}
