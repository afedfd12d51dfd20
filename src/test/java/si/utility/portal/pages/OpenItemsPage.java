package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** billing/open-items: "Odprte postavke", the balance on top and a UPN QR code per item and for the whole. */
public class OpenItemsPage extends PortalPage {

    @FindBy(id = "balance-total")
    private WebElement total;

    @FindBy(id = "balance-overdue")
    private WebElement overdue;

    @FindBy(id = "balance-qr")
    private WebElement balanceQr;

    @FindBy(css = "[id='items'] tbody tr")
    private List<WebElement> rows;

    public OpenItemsPage(WebDriver driver) {
        super(driver, By.id("balance-total"));
    }

    public String total() {
        return total.getText();
    }

    public String overdue() {
        return overdue.getText();
    }

    /** The data URI of the QR code that pays the whole balance. */
    public String balanceQrSource() {
        return balanceQr.getDomAttribute("src");
    }

    /** Whether the page offers a code for the whole balance. */
    public boolean hasBalanceQr() {
        return !driver.findElements(By.id("balance-qr")).isEmpty();
    }

    /** The sentence that states the payer's credit; empty when there is none. */
    public String creditText() {
        return driver.findElements(By.id("balance-credit")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Whether the item's row offers a UPN QR code. */
    public boolean hasQr(String documentNumber) {
        return !row(documentNumber).findElements(By.cssSelector("img.item-qr")).isEmpty();
    }

    public int itemCount() {
        return rows.size();
    }

    /** Whether the item's row is marked overdue, by its style and by a visible mark. */
    public boolean isMarkedOverdue(String documentNumber) {
        WebElement row = row(documentNumber);
        return row.getDomAttribute("class").contains("overdue")
                && row.findElements(By.cssSelector(".overdue-mark")).size() == 1;
    }

    /** Opens the item's "show the UPN QR code" disclosure and returns the address of the shown image. */
    public String showQr(String documentNumber) {
        WebElement row = row(documentNumber);
        row.findElement(By.tagName("summary")).click();
        WebElement image = row.findElement(By.cssSelector("img.item-qr"));
        wait.until(ExpectedConditions.visibilityOf(image));
        wait.until(shown -> Boolean.TRUE.equals(((JavascriptExecutor) shown)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
        return image.getDomProperty("src");
    }

    /** Opens the invoice the item's document number links to. */
    public InvoicePage openDocument(String documentNumber) {
        row(documentNumber).findElement(By.cssSelector("a.document")).click();
        return new InvoicePage(driver);
    }

    /** The item's cell in the given column, counted from 0. */
    public String cell(String documentNumber, int column) {
        return row(documentNumber).findElements(By.tagName("td")).get(column).getText();
    }

    private WebElement row(String documentNumber) {
        return rows.stream()
                .filter(row -> row.findElement(By.cssSelector(".document")).getText().equals(documentNumber))
                .findFirst().orElseThrow(() -> new AssertionError("No open item " + documentNumber));
    }
}
