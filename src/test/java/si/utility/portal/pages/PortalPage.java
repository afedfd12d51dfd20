package si.utility.portal.pages;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every portal page has: the layout's title, global messages and header buttons. A page object is
 * created only once the browser shows that page (its marker element is there), so a test that expects the
 * wrong page fails at that step, with the page's URL in the message.
 */
public abstract class PortalPage {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(100);

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    @FindBy(css = "main h1")
    private WebElement title;

    @FindBy(css = "#messages li")
    private List<WebElement> messages;

    @FindBy(id = "header:lang-en")
    private WebElement english;

    protected PortalPage(WebDriver driver, By marker) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT, POLL);
        wait.withMessage(() -> "expected " + getClass().getSimpleName() + " (" + marker + ") but the browser is at "
                        + driver.getCurrentUrl() + " titled '" + driver.getTitle() + "'")
                .until(ExpectedConditions.presenceOfElementLocated(marker));
        // Scripts that run when the page is ready prepare the forms (PrimeFaces adds the CSP nonce to them).
        wait.withMessage(() -> getClass().getSimpleName() + " did not finish loading")
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        PageFactory.initElements(driver, this);
    }

    /** Opens a portal path such as "account/login" relative to the deployment's base URL. */
    protected static void open(WebDriver driver, URL base, String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        driver.get(root + path);
    }

    /** Clicks a button that posts the page and waits until the browser has left it (for the answer or a redirect). */
    protected void submit(WebElement button) {
        NextDocument.click(driver, button, TIMEOUT);
    }

    public String title() {
        return title.getText();
    }

    /** The messages shown above the form, not tied to a field. */
    public List<String> globalMessages() {
        return messages.stream().map(WebElement::getText).toList();
    }

    /** The notice that a form could not be taken (expired or forged) and the page is shown again; empty if none. */
    public String formExpiredNotice() {
        return driver.findElements(By.id("form-expired")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The header's EN button: the same page again, in English. */
    protected void switchLanguageToEnglish() {
        submit(english);
    }

    /** The menu's Finance link "Izstavljeni računi". */
    public InvoicesPage goToInvoices() {
        driver.findElement(By.id("menu-invoices")).click();
        return new InvoicesPage(driver);
    }

    /** The menu's Finance link "Odprte postavke". */
    public OpenItemsPage goToOpenItems() {
        driver.findElement(By.id("menu-open-items")).click();
        return new OpenItemsPage(driver);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}
