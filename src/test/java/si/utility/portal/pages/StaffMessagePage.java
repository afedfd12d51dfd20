package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** staff/message?id=: one customer message, with "take" and the reply form. */
public class StaffMessagePage extends FormPage {

    @FindBy(id = "reply:reply")
    private WebElement reply;

    @FindBy(id = "reply:send")
    private WebElement send;

    public StaffMessagePage(WebDriver driver) {
        super(driver, "reply");
    }

    public String body() {
        return driver.findElement(By.id("body")).getText();
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    public String assignedTo() {
        return driver.findElement(By.id("assigned-to")).getText();
    }

    public StaffMessagePage take() {
        submit(driver.findElement(By.id("assign:take")));
        return new StaffMessagePage(driver);
    }

    public StaffMessagePage reply(String text) {
        type(reply, text);
        submit(send);
        return new StaffMessagePage(driver);
    }
}
