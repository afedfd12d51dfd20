package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** staff/customer?id=: the customer card. */
public class StaffCustomerPage extends PortalPage {

    public StaffCustomerPage(WebDriver driver) {
        super(driver, By.id("payer-code"));
    }

    public String payerCode() {
        return driver.findElement(By.id("payer-code")).getText();
    }

    public String accountState() {
        return driver.findElement(By.id("account-state")).getText();
    }

    public String accountEmail() {
        return driver.findElement(By.id("account-email")).getText();
    }

    public List<String> points() {
        return rows("points");
    }

    public List<String> readingsEntered() {
        return rows("readings");
    }

    private List<String> rows(String table) {
        return driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream().map(WebElement::getText)
                .toList();
    }

    public StaffCustomerPage block(String reason) {
        WebElement field = driver.findElement(By.id("block:reason"));
        field.clear();
        field.sendKeys(reason);
        submit(driver.findElement(By.id("block:submit")));
        return new StaffCustomerPage(driver);
    }

    public String blockedNotice() {
        return driver.findElements(By.id("blocked")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public StaffCustomerPage unblock() {
        submit(driver.findElement(By.id("unblock:submit")));
        return new StaffCustomerPage(driver);
    }

    /** Detaches the account, ticking the confirmation first when asked to. */
    public StaffCustomerPage detach(boolean confirmed) {
        if (confirmed) {
            driver.findElement(By.id("detach:confirm")).click();
        }
        submit(driver.findElement(By.id("detach:submit")));
        return new StaffCustomerPage(driver);
    }

    public String detachMessage() {
        return driver.findElements(By.id("detach:confirm-message")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    public boolean hasAccount() {
        return driver.findElements(By.id("no-account")).isEmpty();
    }

    /** The e-mail change on a verified request: the new address and the request's reason or reference. */
    public StaffCustomerPage requestEmailChange(String newEmail, String reason) {
        WebElement email = driver.findElement(By.id("email:newEmail"));
        email.clear();
        email.sendKeys(newEmail);
        WebElement reasonField = driver.findElement(By.id("email:reason"));
        reasonField.clear();
        reasonField.sendKeys(reason);
        submit(driver.findElement(By.id("email:submit")));
        return new StaffCustomerPage(driver);
    }

    public String emailChangeMessage(String field) {
        return driver.findElements(By.id("email:" + field + "-message")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** "Ogled kot stranka": the customer's home page, read-only, with the banner. */
    public HomePage viewAsCustomer() {
        submit(driver.findElement(By.id("view-as:submit")));
        return new HomePage(driver);
    }

    public String viewEndedNotice() {
        return driver.findElements(By.id("view-ended")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
