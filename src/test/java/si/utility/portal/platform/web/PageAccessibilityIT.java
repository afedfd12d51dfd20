package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.english;
import static si.utility.portal.testsupport.Texts.slovenian;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.NextDocument;
import si.utility.portal.pages.StaffCustomerPage;
import si.utility.portal.pages.StaffLoginPage;
import si.utility.portal.staff.service.TotpCodes;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.InvoicedCustomer;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData;

/**
 * Every page a visitor, a customer or a staff member reaches, checked by Deque's axe-core against WCAG 2.1 A and AA (contrast
 * included) at a desktop's width and at 320 px, where it must also fit without scrolling sideways (WCAG 1.4.10
 * reflow). One check axe makes only half: every id an {@code aria-describedby} names must exist, not just one of
 * them, or a field's help or its error is never read with it. Each page is also photographed at 1280 and 360 px
 * into {@code target/screenshots/} for a person to look at.
 */
class PageAccessibilityIT extends BrowserTest {

    private static final String PASSWORD = "Dostopnost-2026";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** What axe does not check: sideways scrolling, and ids named by aria-describedby that are missing. */
    private static final String OWN_FINDINGS = """
            const findings = [];
            if (document.documentElement.scrollWidth > window.innerWidth) {
              findings.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
            }
            for (const element of document.querySelectorAll('[aria-describedby]')) {
              for (const id of element.getAttribute('aria-describedby').split(/\\s+/).filter(Boolean)) {
                if (!document.getElementById(id)) {
                  findings.push('aria-describedby of ' + (element.id || element.tagName) + ' names no element: ' + id);
                }
              }
            }
            return findings;
            """;

    private WebDriver driver;
    private Fixtures fixtures;
    private final Map<String, List<String>> findings = new LinkedHashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        driver = browser.driver();
        fixtures = new Fixtures(base);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void desktopAgain() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void everyPageMeetsWcag21AaAtDesktopAndPhoneWidth() {
        check("account/login", "account/register", "account/forgot-password", "account/resend-activation",
                "terms", "accessibility", "account/activate?token=unknown", "account/reset-password?token=unknown",
                "no-such-page");

        LoginPage.open(driver, base).logInExpectingConsent(fixtures.newActiveAccount(PASSWORD, false).payerCode(),
                PASSWORD);
        check("account/consent");
        logOut();

        MeteredCustomer metered = fixtures.newMeteredCustomer(PASSWORD, 14);
        LoginPage.open(driver, base).logIn(metered.payerCode(), PASSWORD);
        check("index", "consumption/point?code=" + metered.pointCode(), "consumption/readings",
                "consumption/prices", "consumption/reading-entry",
                "consumption/reading-entry?code=" + metered.unmeteredPointCode(), "contact/messages",
                "profile/my-profile", "profile/withdraw-consent");
        logOut();

        InvoicedCustomer invoiced = fixtures.newInvoicedCustomer(PASSWORD, 3);
        LoginPage.open(driver, base).logIn(invoiced.payerCode(), PASSWORD);
        check("billing/invoices", "billing/invoice?number=" + invoiced.invoiceNumbers().get(0), "billing/open-items");

        assertThat(findings).as("pages with findings").isEmpty();
    }

    @Test
    void everyBackOfficePageMeetsWcag21AaAtDesktopAndPhoneWidth() {
        check("staff/login", "staff/setup?token=unknown");

        MeteredCustomer customer = fixtures.newMeteredCustomer(PASSWORD, 3);
        long reading = fixtures.newReadingInReview(customer, "900");
        TestData.StaffLogin admin = fixtures.newStaffMember("ADMIN", PASSWORD);
        StaffLoginPage.open(driver, base).logIn(admin.email(), PASSWORD,
                TotpCodes.code(admin.secret(), TotpCodes.stepAt(Instant.now())));
        check("staff/index", "staff/messages", "staff/messages?status=ANSWERED", "staff/message?id=0",
                "staff/readings", "staff/reading?id=0", "staff/customers", "staff/customers?q=Velenje",
                "staff/customer?id=0", "staff/customer?id=" + customer.payerId(), "staff/reading?id=" + reading,
                "staff/admin/staff", "staff/admin/api-keys", "staff/admin/audit");
        // "Ogled kot stranka": the customer's pages under the banner.
        driver.get(base + "staff/customer?id=" + customer.payerId());
        new StaffCustomerPage(driver).viewAsCustomer();
        check("index", "consumption/readings?code=" + customer.pointCode(), "profile/my-profile");

        assertThat(findings).as("pages with findings").isEmpty();
    }

    @Test
    void theAccessibilityStatementIsLinkedFromTheFooterAndGivesTheConfiguredContact() {
        LoginPage.open(driver, base);
        clickAndAwaitNextPage(By.id("footer-accessibility"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(slovenian("accessibility.title"));
        assertThat(driver.findElement(By.id("accessibility-contact")).getText())
                .contains("Komunalno podjetje Velenje, d. o. o.", "portal@kp-velenje.si", "080 80 34");

        clickAndAwaitNextPage(By.id("header:lang-en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(english("accessibility.title"));
        assertThat(driver.findElement(By.id("accessibility-contact")).getText()).contains("portal@kp-velenje.si");
    }

    /**
     * Clicks and waits until the browser has left the page and shows the next one: reading right after the click
     * could read the old page's heading, or an element Chromium is just replacing (stale).
     */
    private void clickAndAwaitNextPage(By target) {
        NextDocument.click(driver, driver.findElement(target), Duration.ofSeconds(15));
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("accessibility-contact")));
    }

    private void check(String... paths) {
        for (String path : paths) {
            URI page = URI.create(base.toString()).resolve(path);
            screenshot(page, path, 1280);
            screenshot(page, path, 360);
            List<String> onPage = new ArrayList<>();
            onPage.addAll(inspect(page, path, 1280, "desktop"));
            onPage.addAll(inspect(page, path, 320, "320 px"));
            if (!onPage.isEmpty()) {
                findings.put("/" + path, onPage);
            }
        }
    }

    private List<String> inspect(URI page, String path, int width, String where) {
        open(page, path, width);
        List<String> onPage = new ArrayList<>();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getPasses()).as("rules axe ran and passed on /%s", path).isNotEmpty();
        for (Rule violation : results.getViolations()) {
            onPage.add(where + ": " + violation.getId() + " (" + violation.getHelp() + ") at "
                    + violation.getNodes().stream().map(node -> node.getTarget().toString()).toList());
        }
        @SuppressWarnings("unchecked")
        List<String> own = (List<String>) ((JavascriptExecutor) driver).executeScript(OWN_FINDINGS);
        own.forEach(finding -> onPage.add(where + ": " + finding));
        return onPage;
    }

    private void open(URI page, String path, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(page.toString());
        if (!path.equals("no-such-page")) {
            assertThat(URI.create(driver.getCurrentUrl()).getPath())
                    .as("where the browser is after asking for /%s", path).isEqualTo(page.getPath());
        }
    }

    /** The whole page, not only the window: the window is made as tall as the page first. */
    private void screenshot(URI page, String path, int width) {
        open(page, path, width);
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 6000)));
        Path file = SCREENSHOTS.resolve(path.replaceAll("[^A-Za-z0-9-]+", "_") + "-" + width + ".png");
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("Cannot keep the screenshot " + file, e);
        }
    }

    /** Forgets the session, as closing the browser would. */
    private void logOut() {
        driver.manage().deleteAllCookies();
    }
}
