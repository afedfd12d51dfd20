package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** staff/messages: the customers' messages of one status, newest first. */
public class StaffMessagesPage extends PortalPage {

    public StaffMessagesPage(WebDriver driver) {
        super(driver, By.id("status-RECEIVED"));
    }

    /** Opens the message of the payer whose row shows the given text. */
    public StaffMessagePage open(String payerCode, String textStart) {
        for (WebElement row : driver.findElements(By.cssSelector("#inbox tbody tr"))) {
            if (row.getText().contains(payerCode) && row.getText().contains(textStart)) {
                row.findElement(By.cssSelector("a[id^='open-']")).click();
                return new StaffMessagePage(driver);
            }
        }
        throw new AssertionError("No message of " + payerCode + " in the inbox: " + driver.getPageSource());
    }
}
