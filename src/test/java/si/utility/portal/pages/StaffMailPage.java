package si.utility.portal.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** staff/mail: the mails that failed, "Pošlji znova" for those given up. */
public class StaffMailPage extends PortalPage {

    public StaffMailPage(WebDriver driver) {
        super(driver, By.className("pager"));
    }

    public static StaffMailPage open(WebDriver driver, URL base) {
        open(driver, base, "staff/mail");
        return new StaffMailPage(driver);
    }

    /** The row of the mail to the recipient, as its text; empty when it is not listed on this page. */
    public String rowOf(String recipient) {
        return row(recipient).map(WebElement::getText).orElse("");
    }

    public StaffMailPage resend(String recipient) {
        submit(row(recipient).orElseThrow(() -> new AssertionError("No mail to " + recipient + " listed"))
                .findElement(By.cssSelector("input[id$=':resend']")));
        return new StaffMailPage(driver);
    }

    private java.util.Optional<WebElement> row(String recipient) {
        return driver.findElements(By.cssSelector("#outbox\\:mails tbody tr")).stream()
                .filter(row -> row.getText().contains(recipient)).findFirst();
    }
}
