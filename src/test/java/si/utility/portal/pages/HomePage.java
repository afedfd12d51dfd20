package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The landing page ("/"), the overview: what the payer owes, per point what it used, newest invoices and message. */
public class HomePage extends PortalPage {

    /** A consumption point's card, as the customer reads it. */
    public record PointCard(String heading, String address, String lastReading, String yearUse,
            boolean enterReadingButton) {
    }

    @FindBy(id = "payer-name")
    private WebElement payerName;

    @FindBy(id = "payer-code")
    private WebElement payerCode;

    @FindBy(id = "greeting")
    private WebElement greeting;

    @FindBy(css = ".point-card")
    private List<WebElement> pointCards;

    @FindBy(id = "header:logout")
    private WebElement logout;

    public HomePage(WebDriver driver) {
        super(driver, By.id("payer-name"));
    }

    public static HomePage open(WebDriver driver, URL base) {
        open(driver, base, "");
        return new HomePage(driver);
    }

    public String payerName() {
        return payerName.getText();
    }

    public String payerCode() {
        return payerCode.getText();
    }

    public String greeting() {
        return greeting.getText();
    }

    public List<String> pointCodes() {
        return pointCards.stream().map(card -> card.getDomAttribute("data-point")).toList();
    }

    /** The cards per consumption point, by point code. */
    public PointCard point(String code) {
        WebElement card = pointCards.stream().filter(c -> code.equals(c.getDomAttribute("data-point"))).findFirst()
                .orElseThrow(() -> new AssertionError("no card of point " + code));
        return new PointCard(card.findElement(By.tagName("h2")).getText(), text(card, ".point-address"),
                text(card, ".last-reading"), text(card, ".year-use"), !card.findElements(By.cssSelector(
                        "a.enter-reading")).isEmpty());
    }

    /** "Za plačilo": the total, or the sentence that nothing is owed. */
    public String amountDue() {
        return textOrEmpty("due-total").isEmpty() ? textOrEmpty("due-none") : textOrEmpty("due-total");
    }

    public String overdue() {
        return textOrEmpty("due-overdue");
    }

    public String nextDueDate() {
        return textOrEmpty("due-next");
    }

    public boolean hasBalanceQr() {
        return !driver.findElements(By.cssSelector("#due-qr[src^='data:image/png;base64,']")).isEmpty();
    }

    /** "Zadnji računi", one line per invoice: number, amount, status, PDF. */
    public List<String> newestInvoices() {
        return driver.findElements(By.cssSelector("#card-invoices li.newest-invoice")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> pdfLinks() {
        return driver.findElements(By.cssSelector("#card-invoices a.pdf-link")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
    }

    public String newestMessage() {
        return textOrEmpty("newest-message");
    }

    private String textOrEmpty(String id) {
        return driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private static String text(WebElement card, String css) {
        return card.findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The period on a point's card, e.g. "do 31. 10. 2026" for a point that is no longer the payer's. */
    public String periodOf(String code) {
        return text(driver.findElement(By.cssSelector("section.point-card[data-point='" + code + "']")),
                ".point-period");
    }

    public LoginPage logOut() {
        submit(logout);
        return new LoginPage(driver);
    }
}
