package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** staff/reading?id=: a reading under review, its meter's history, and the decision form. */
public class StaffReadingPage extends PortalPage {

    @FindBy(id = "decision:reason")
    private WebElement reason;

    public StaffReadingPage(WebDriver driver) {
        super(driver, By.id("history"));
    }

    /** The message next to the reason field; empty when there is none (or no form: the reading is decided). */
    public String reasonMessage() {
        return driver.findElements(By.id("decision:reason-message")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Opens the queue and the reading of the given id from it. */
    public static StaffReadingPage fromQueue(WebDriver driver, URL base, long readingId) {
        open(driver, base, "staff/readings");
        driver.findElement(By.id("open-" + readingId)).click();
        return new StaffReadingPage(driver);
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    public List<String> history() {
        return driver.findElements(By.cssSelector("#history tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Whether the history chart is on the page (PrimeFaces renders its Chart.js canvas). */
    public boolean chartShown() {
        return !driver.findElements(By.cssSelector("[id='history-chart'] canvas")).isEmpty();
    }

    public StaffReadingPage reject(String why) {
        reason.clear();
        reason.sendKeys(why);
        submit(driver.findElement(By.id("decision:reject")));
        return new StaffReadingPage(driver);
    }

    public StaffReadingPage accept() {
        submit(driver.findElement(By.id("decision:accept")));
        return new StaffReadingPage(driver);
    }

    public boolean decisionShown() {
        return !driver.findElements(By.id("decision")).isEmpty();
    }
}
