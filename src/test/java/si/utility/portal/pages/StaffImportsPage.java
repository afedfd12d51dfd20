package si.utility.portal.pages;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** staff/imports and staff/import?id=: the import batches and one batch with its rejected rows. */
public class StaffImportsPage extends PortalPage {

    private static final Pattern RECEIVED = Pattern.compile("\\d\\d\\. \\d\\d\\. \\d{4} \\d\\d:\\d\\d");

    public StaffImportsPage(WebDriver driver) {
        super(driver, By.className("pager"));
    }

    public static StaffImportsPage open(WebDriver driver, URL base) {
        open(driver, base, "staff/imports");
        return new StaffImportsPage(driver);
    }

    /** The rows of the list of batches, or of the batch's rejected rows, as their text. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#batches tbody tr, #batch\\:rejected-rows tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    /** The received time of each listed batch, in the list's order (the table shows it to the minute). */
    public List<LocalDateTime> receivedTimes() {
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("dd. MM. yyyy HH:mm");
        return rows().stream().map(RECEIVED::matcher).filter(Matcher::find)
                .map(matcher -> LocalDateTime.parse(matcher.group(), shown)).toList();
    }

    public StaffImportsPage openBatch(String batchId) {
        submit(driver.findElement(By.id("open-" + batchId)));
        return new StaffImportsPage(driver);
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    /** The files of the batch as their text (name, rows done / rows, counts). */
    public List<String> files() {
        return driver.findElements(By.cssSelector("#batch\\:files tbody tr")).stream().map(WebElement::getText)
                .toList();
    }
}
