package si.utility.portal.pages;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** staff/admin/audit: the audit log, searched through the URL (the page's GET form). */
public class StaffAuditPage extends PortalPage {

    public StaffAuditPage(WebDriver driver) {
        super(driver, By.id("search"));
    }

    public static StaffAuditPage ofActor(WebDriver driver, URL base, String actor) {
        open(driver, base, "staff/admin/audit?actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8));
        return new StaffAuditPage(driver);
    }

    /** The action column, newest first. */
    public List<String> actions() {
        return driver.findElements(By.cssSelector("#events tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(2).getText())
                .toList();
    }

    public String exportLink() {
        return driver.findElement(By.id("export")).getDomAttribute("href");
    }

    public List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#events tbody tr"));
    }

    /** The detail column, newest first. */
    public List<String> details() {
        return rows().stream().map(row -> row.findElements(By.tagName("td")).get(5).getText()).toList();
    }
}
