package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.InvoicedCustomer;
import si.utility.portal.testsupport.TestData.MeteredCustomer;

/**
 * The WCAG basics that a page can be checked for mechanically, on every page a visitor or a customer reaches:
 * each form field has a real {@code <label for>} and each such label a field, images and links and buttons have
 * a text, the page has a title, a language and one main heading, and it fits a 320 pixel wide window.
 */
class PageAccessibilityIT extends BrowserTest {

    private static final String PASSWORD = "Dostopnost-2026";

    /** Returns what is wrong with the page in the browser, one line per finding. */
    private static final String FINDINGS = """
            const findings = [];
            if (!document.documentElement.lang) findings.push('html element without lang');
            if (!document.title.trim()) findings.push('empty title');
            if (document.querySelectorAll('main h1').length !== 1) findings.push('not exactly one h1 in main');
            if (document.documentElement.scrollWidth > window.innerWidth) {
              findings.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
            }
            const skipped = ['hidden', 'submit', 'button', 'image', 'reset'];
            for (const field of document.querySelectorAll('input, select, textarea')) {
              if (skipped.includes(field.type)) continue;
              const label = field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
              if (!label || !label.textContent.trim()) {
                findings.push('field without label: ' + (field.id || field.name));
              }
            }
            for (const label of document.querySelectorAll('label[for]')) {
              const target = document.getElementById(label.htmlFor);
              if (!target || !target.matches('input, select, textarea, button, meter, output, progress')) {
                findings.push('label for no form field: ' + label.htmlFor);
              }
            }
            for (const image of document.querySelectorAll('img')) {
              if (!image.hasAttribute('alt')) findings.push('image without alt: ' + (image.id || image.className));
            }
            for (const control of document.querySelectorAll('a[href], button')) {
              const named = control.textContent.trim() || control.getAttribute('aria-label')
                  || control.getAttribute('title') || control.querySelector('img[alt]:not([alt=""])');
              if (!named) findings.push('nameless ' + control.tagName.toLowerCase() + ': '
                  + (control.id || control.getAttribute('href')));
            }
            return findings;
            """;

    private WebDriver driver;
    private Fixtures fixtures;
    private final Map<String, List<String>> findings = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        driver = browser.driver();
        // WCAG 2.1 reflow: usable at 320 CSS pixels without scrolling sideways (a data table may scroll itself).
        driver.manage().window().setSize(new Dimension(320, 900));
        fixtures = new Fixtures(base);
    }

    @Test
    void everyPageLabelsItsFieldsAndNamesItsControls() {
        check("account/login", "account/register", "account/forgot-password", "account/resend-activation",
                "terms", "account/activate?token=unknown", "account/reset-password?token=unknown");

        LoginPage.open(driver, base).logInExpectingConsent(fixtures.newActiveAccount(PASSWORD, false).payerCode(),
                PASSWORD);
        check("account/consent");
        logOut();

        MeteredCustomer metered = fixtures.newMeteredCustomer(PASSWORD, 14);
        LoginPage.open(driver, base).logIn(metered.payerCode(), PASSWORD);
        check("index", "consumption/point?code=" + metered.pointCode(), "consumption/readings", "consumption/prices",
                "consumption/reading-entry", "contact/messages", "profile/my-profile", "profile/withdraw-consent");
        logOut();

        InvoicedCustomer invoiced = fixtures.newInvoicedCustomer(PASSWORD, 3);
        LoginPage.open(driver, base).logIn(invoiced.payerCode(), PASSWORD);
        check("billing/invoices", "billing/invoice?number=" + invoiced.invoiceNumbers().get(0), "billing/open-items");

        assertThat(findings).as("pages with findings").isEmpty();
    }

    private void check(String... paths) {
        for (String path : paths) {
            URI page = URI.create(base.toString()).resolve(path);
            driver.get(page.toString());
            assertThat(URI.create(driver.getCurrentUrl()).getPath()).as("where the browser is after asking for /%s", path)
                    .isEqualTo(page.getPath());
            @SuppressWarnings("unchecked")
            List<String> onPage = (List<String>) ((JavascriptExecutor) driver).executeScript(FINDINGS);
            if (!onPage.isEmpty()) {
                findings.put("/" + path, onPage);
            }
        }
    }

    /** Forgets the session, as closing the browser would. */
    private void logOut() {
        driver.manage().deleteAllCookies();
    }
}
