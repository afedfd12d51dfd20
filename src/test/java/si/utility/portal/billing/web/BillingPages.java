package si.utility.portal.billing.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects of the billing journey: log-in, invoice list, invoice detail, open items. */
final class BillingPages {

    private BillingPages() {
    }

    abstract static class Page {
        final WebDriver driver;
        final WebDriverWait wait;

        Page(WebDriver driver) {
            this.driver = driver;
            // Ajax updates replace the table's rows while a wait reads them.
            this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            this.wait.ignoring(StaleElementReferenceException.class);
            PageFactory.initElements(driver, this);
        }
    }

    static final class LoginPage extends Page {
        @FindBy(id = "login:username")
        WebElement username;
        @FindBy(id = "login:password")
        WebElement password;
        @FindBy(id = "login:submit")
        WebElement submit;

        LoginPage(WebDriver driver) {
            super(driver);
        }

        Menu logIn(String login, String secret) {
            username.sendKeys(login);
            password.sendKeys(secret);
            submit.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu-invoices")));
            return new Menu(driver);
        }
    }

    static final class Menu extends Page {
        @FindBy(id = "menu-invoices")
        WebElement invoices;
        @FindBy(id = "menu-open-items")
        WebElement openItems;

        Menu(WebDriver driver) {
            super(driver);
        }

        InvoicesPage invoices() {
            invoices.click();
            return new InvoicesPage(driver);
        }

        OpenItemsPage openItems() {
            openItems.click();
            return new OpenItemsPage(driver);
        }
    }

    static final class InvoicesPage extends Page {
        private static final By ROWS = By.cssSelector("tbody[id='invoices:table_data'] > tr");

        @FindBy(css = ".ui-paginator-next")
        WebElement next;
        @FindBy(css = ".ui-paginator-current")
        WebElement pageReport;
        @FindBy(id = "export-csv")
        WebElement exportCsv;

        InvoicesPage(WebDriver driver) {
            super(driver);
            wait.until(ExpectedConditions.presenceOfElementLocated(ROWS));
        }

        List<WebElement> rows() {
            return driver.findElements(ROWS);
        }

        List<String> numbers() {
            return rows().stream().map(row -> row.findElement(By.cssSelector("a.invoice-link")).getText()).toList();
        }

        /** Waits until the table shows a page starting with the given invoice. */
        InvoicesPage nextPage(String expectedFirstNumber) {
            next.click();
            return awaitFirst(expectedFirstNumber);
        }

        /** Sorts by the column with the given heading and waits for the given invoice to come first. */
        InvoicesPage sortBy(String heading, String expectedFirstNumber) {
            driver.findElement(By.xpath("//th[contains(@class,'ui-sortable-column')][.//*[normalize-space()='"
                    + heading + "']]")).click();
            return awaitFirst(expectedFirstNumber);
        }

        /** Chooses a year in the filter and waits until the CSV link follows it. */
        InvoicesPage filterYear(String year) {
            new Select(driver.findElement(By.id("invoices:year"))).selectByVisibleText(year);
            wait.until(driver -> exportUrl().contains("year=" + year));
            return this;
        }

        /** The issue date column of each row, as shown. */
        List<String> issueDates() {
            return rows().stream().map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
        }

        private InvoicesPage awaitFirst(String number) {
            wait.until(driver -> {
                List<String> numbers = numbers();
                return !numbers.isEmpty() && numbers.get(0).equals(number);
            });
            return this;
        }

        InvoicePage open(String number) {
            driver.findElement(By.linkText(number)).click();
            return new InvoicePage(driver);
        }

        String exportUrl() {
            return exportCsv.getAttribute("href");
        }
    }

    static final class InvoicePage extends Page {
        @FindBy(id = "invoice-number")
        WebElement number;
        @FindBy(id = "pdf")
        WebElement pdf;
        @FindBy(id = "total-gross")
        WebElement totalGross;
        @FindBy(css = "[id='lines'] tbody tr")
        List<WebElement> lines;
        @FindBy(id = "payment-reference")
        WebElement reference;
        @FindBy(id = "payment-iban")
        WebElement iban;

        InvoicePage(WebDriver driver) {
            super(driver);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invoice-number")));
        }

        String pdfUrl() {
            return pdf.getAttribute("href");
        }
    }

    static final class OpenItemsPage extends Page {
        @FindBy(id = "balance-total")
        WebElement total;
        @FindBy(id = "balance-overdue")
        WebElement overdue;
        @FindBy(id = "balance-qr")
        WebElement balanceQr;
        @FindBy(css = "[id='items'] tbody tr")
        List<WebElement> rows;

        OpenItemsPage(WebDriver driver) {
            super(driver);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance-total")));
        }

        WebElement row(String documentNumber) {
            return rows.stream()
                    .filter(row -> row.findElement(By.cssSelector(".document")).getText().equals(documentNumber))
                    .findFirst().orElseThrow(() -> new AssertionError("No open item " + documentNumber));
        }

        /** Opens the item's "show the UPN QR code" disclosure and returns the shown image. */
        WebElement showQr(String documentNumber) {
            WebElement row = row(documentNumber);
            row.findElement(By.tagName("summary")).click();
            WebElement image = row.findElement(By.cssSelector("img.item-qr"));
            wait.until(ExpectedConditions.visibilityOf(image));
            return image;
        }

        /** The row's cell in the given column, counted from 0. */
        String cell(String documentNumber, int column) {
            return row(documentNumber).findElements(By.tagName("td")).get(column).getText();
        }
    }
}
