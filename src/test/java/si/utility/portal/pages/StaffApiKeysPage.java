package si.utility.portal.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** staff/admin/api-keys: the integration clients, a new key shown once, revoke. */
public class StaffApiKeysPage extends FormPage {

    @FindBy(id = "create:name")
    private WebElement name;

    @FindBy(id = "create:submit")
    private WebElement submit;

    public StaffApiKeysPage(WebDriver driver) {
        super(driver, "create");
    }

    public static StaffApiKeysPage open(WebDriver driver, URL base) {
        open(driver, base, "staff/admin/api-keys");
        return new StaffApiKeysPage(driver);
    }

    public StaffApiKeysPage create(String clientName) {
        type(name, clientName);
        submit(submit);
        return new StaffApiKeysPage(driver);
    }

    public String newKey() {
        return driver.findElements(By.id("new-key")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Revokes the client whose row shows the name. */
    public StaffApiKeysPage revoke(String clientName) {
        for (WebElement row : driver.findElements(By.cssSelector("#clients\\:list tbody tr"))) {
            if (row.getText().contains(clientName)) {
                submit(row.findElement(By.cssSelector("input[id$=':revoke']")));
                return new StaffApiKeysPage(driver);
            }
        }
        throw new AssertionError("No client " + clientName + " listed");
    }
}
