package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** contact/messages: "Stik z nami", the form and "Vaša sporočila". */
public class ContactPage extends FormPage {

    /** One row of "Vaša sporočila" as the customer reads it. */
    public record SentRow(String submittedAt, String content, String status) {
    }

    @FindBy(id = "office-hours")
    private WebElement officeHours;

    @FindBy(id = "free-phone")
    private WebElement freePhone;

    @FindBy(id = "contact:name")
    private WebElement name;

    @FindBy(id = "contact:email")
    private WebElement email;

    @FindBy(id = "contact:body")
    private WebElement body;

    @FindBy(id = "contact:send")
    private WebElement send;

    @FindBy(css = "#history tbody tr")
    private List<WebElement> rows;

    public ContactPage(WebDriver driver) {
        super(driver, "contact");
    }

    public static ContactPage open(WebDriver driver, URL base) {
        open(driver, base, "contact/messages");
        return new ContactPage(driver);
    }

    public String officeHours() {
        return officeHours.getText();
    }

    public String freePhone() {
        return freePhone.getText();
    }

    public String name() {
        return name.getDomProperty("value");
    }

    public String email() {
        return email.getDomProperty("value");
    }

    public ContactPage send(String message) {
        type(body, message);
        submit(send);
        return new ContactPage(driver);
    }

    /** Sends text as pasted or posted by a script: control characters cannot be typed with the keyboard. */
    public ContactPage sendPasted(String nameText, String message) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];",
                name, body, nameText, message);
        submit(send);
        return new ContactPage(driver);
    }

    public boolean showsNoMessages() {
        return !driver.findElements(By.id("no-messages")).isEmpty();
    }

    public List<SentRow> messages() {
        return rows.stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new SentRow(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText());
        }).toList();
    }

    /** The utility's replies under the messages, each as shown: date, clerk and text. */
    public List<String> replies() {
        return driver.findElements(By.cssSelector("#history .reply")).stream().map(WebElement::getText).toList();
    }

    public LoginPage logOut() {
        submit(driver.findElement(By.id("header:logout")));
        return new LoginPage(driver);
    }
}
