package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.ui.Select;

/** billing/invoices: "Izstavljeni računi", a lazy PrimeFaces table that pages, sorts and filters by ajax. */
public class InvoicesPage extends PortalPage {

    private static final By ROWS = By.cssSelector("tbody[id='invoices:table_data'] > tr");

    @FindBy(css = ".ui-paginator-next")
    private WebElement next;

    @FindBy(id = "export-csv")
    private WebElement exportCsv;

    public InvoicesPage(WebDriver driver) {
        super(driver, ROWS);
        // Ajax updates replace the table's rows while a wait reads them.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** The invoice number of each row shown, top to bottom. */
    public List<String> numbers() {
        return rows().stream().map(row -> row.findElement(By.cssSelector("a.invoice-link")).getText()).toList();
    }

    /** The first row's text, as the customer reads it. */
    public String firstRowText() {
        return rows().get(0).getText();
    }

    /** The open amount shown in the invoice's row ("12,34 €"), or empty when the row shows none. */
    public String openAmount(String number) {
        WebElement row = rows().stream()
                .filter(r -> r.findElement(By.cssSelector("a.invoice-link")).getText().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("No invoice " + number + " on the page"));
        return row.findElements(By.cssSelector(".open-amount")).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    public int rowCount() {
        return rows().size();
    }

    /** The issue date column of each row, as shown. */
    public List<String> issueDates() {
        return rows().stream().map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
    }

    /** Goes to the next page and waits until it starts with the given invoice. */
    public InvoicesPage nextPage(String expectedFirstNumber) {
        next.click();
        return awaitFirst(expectedFirstNumber);
    }

    /** Sorts by the column with the given heading and waits for the given invoice to come first. */
    public InvoicesPage sortBy(String heading, String expectedFirstNumber) {
        driver.findElement(By.xpath("//th[contains(@class,'ui-sortable-column')][.//*[normalize-space()='"
                + heading + "']]")).click();
        return awaitFirst(expectedFirstNumber);
    }

    /** Chooses a year in the filter and waits until the CSV link follows it. */
    public InvoicesPage filterYear(String year) {
        new Select(driver.findElement(By.id("invoices:year"))).selectByVisibleText(year);
        wait.until(d -> exportUrl().contains("year=" + year));
        return this;
    }

    public InvoicePage open(String number) {
        driver.findElement(By.linkText(number)).click();
        return new InvoicePage(driver);
    }

    /** The CSV download of the list as filtered. */
    public String exportUrl() {
        return exportCsv.getDomProperty("href");
    }

    private List<WebElement> rows() {
        return driver.findElements(ROWS);
    }

    private InvoicesPage awaitFirst(String number) {
        wait.until(d -> {
            List<String> numbers = numbers();
            return !numbers.isEmpty() && numbers.get(0).equals(number);
        });
        return this;
    }
}
