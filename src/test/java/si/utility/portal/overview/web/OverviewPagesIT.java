package si.utility.portal.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import si.utility.portal.pages.HomePage;
import si.utility.portal.pages.InvoicesPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.OpenItemsPage;
import si.utility.portal.pages.PhoneLayout;
import si.utility.portal.pages.ReadingsPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.OverviewData.OverviewCustomer;
import si.utility.portal.testsupport.SqlStatementCounter;

/** The landing page as an overview, and the lists and the menu on a 360 px phone. */
class OverviewPagesIT extends BrowserTest {

    private static final String PASSWORD = "Overview-Geslo-1";
    private static final Locale SLOVENIAN = Locale.forLanguageTag("sl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd. MM. yyyy");

    private WebDriver driver;
    private Fixtures fixtures;
    private PhoneLayout layout;

    @BeforeEach
    void setUp() {
        driver = browser.driver();
        fixtures = new Fixtures(base);
        layout = new PhoneLayout(driver).width(1280);
    }

    @Test
    void overviewAnswersWhatIsOwedUsedAndWritten() {
        OverviewCustomer customer = fixtures.newOverviewCustomer(PASSWORD);

        HomePage home = LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);

        assertThat(home.amountDue()).isEqualTo(euro(customer.openTotal()));
        assertThat(home.overdue()).isEqualTo(euro(customer.overdue()));
        assertThat(home.nextDueDate()).isEqualTo(DATE.format(customer.nextDue()));
        assertThat(home.hasBalanceQr()).isTrue();
        HomePage.PointCard metered = home.point(customer.meteredPoint());
        assertThat(metered.lastReading()).contains(decimal(customer.lastReading(), 3) + " m³",
                DATE.format(customer.lastReadingDate()), "Podjetje");
        assertThat(metered.enterReadingButton()).isTrue();
        assertThat(metered.yearUse()).contains("Letos", "lani v istem obdobju");
        assertThat(home.point(customer.unmeteredPoint()).enterReadingButton()).isFalse();
        assertThat(home.point(customer.unmeteredPoint()).lastReading()).isEmpty();
        assertThat(home.newestInvoices()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(home.newestInvoices().get(i)).startsWith(customer.newestNumbers().get(i))
                    .contains(euro(customer.newestGross().get(i)));
        }
        assertThat(home.pdfLinks()).allMatch(link -> link.contains("/billing/invoice-pdf?number="));
        assertThat(home.newestMessage()).contains(customer.message(), "Prejeto");
        layout.screenshot("overview");
        layout.width(360);
        assertThat(layout.horizontalOverflow()).isZero();
        layout.screenshot("overview");
    }

    @Test
    void payerWhoOwesNothingIsToldSoAndAPointWithoutMeterHasNoEntryButton() {
        var payer = fixtures.newActiveAccount(PASSWORD, true);

        HomePage home = LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);

        assertThat(home.amountDue()).isEqualTo("Nimate neporavnanih obveznosti.");
        assertThat(home.hasBalanceQr()).isFalse();
        assertThat(home.point("T-" + payer.payerCode()).enterReadingButton()).isFalse();
    }

    /**
     * The page's SQL statements, counted by {@link SqlStatementCounter}, stay the same when the payer has many
     * more invoices, open items, readings and messages, one more point and one more meter: no query runs per row,
     * per point or per meter.
     */
    @Test
    void overviewReadsTheSameNumberOfStatementsHoweverMuchThePayerHas() {
        OverviewCustomer customer = fixtures.newOverviewCustomer(PASSWORD);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);
        String token = UUID.randomUUID().toString();
        driver.manage().addCookie(new Cookie(SqlStatementCounter.COOKIE, token));

        HomePage.open(driver, base);
        int before = fixtures.sqlStatements(token);
        fixtures.addOverviewRows(customer.payerCode());
        HomePage.open(driver, base);
        int after = fixtures.sqlStatements(token);

        System.out.println("Overview SQL statements: " + before + " before, " + after + " after more rows");
        assertThat(before).isPositive().isLessThanOrEqualTo(30);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void onAPhoneListsAreCardsAndTheMenuIsOneButton() {
        OverviewCustomer customer = fixtures.newOverviewCustomer(PASSWORD);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);
        layout.width(360);
        assertThat(layout.viewportWidth()).isEqualTo(360);
        HomePage.open(driver, base);

        assertThat(layout.visibleMenuLinks()).isEmpty();
        WebElement button = layout.menuButton();
        assertThat(button.getText()).isEqualTo("Meni");
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
        button.click();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(layout.visibleMenuLinks()).contains("Vstopna stran", "Izstavljeni računi", "Odprte postavke",
                "Stik z nami", "Moj profil");
        layout.screenshot("menu-open");

        driver.get(root() + "billing/invoices");
        InvoicesPage invoices = new InvoicesPage(driver);
        String rows = "tbody[id='invoices:table_data'] > tr";
        assertThat(layout.firstRowDisplay(rows)).isEqualTo("flex");
        assertThat(layout.horizontalOverflow()).isZero();
        WebElement amount = driver.findElement(By.cssSelector(rows + " td.total"));
        assertThat(amount.getText()).isEqualTo(euro(customer.newestGross().get(0)));
        assertThat(layout.fontSize(rows + " td.total")).isGreaterThan(layout.fontSize(rows + " td.minor"));
        assertThat(invoices.numbers().get(0)).isEqualTo(customer.newestNumbers().get(0));
        // The sort the phone's sort choice shows is the one applied: newest issue date first.
        WebElement sortChoice = driver.findElement(By.cssSelector("select.ui-reflow-dropdown"));
        String shown = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].options[arguments[0].selectedIndex].text", sortChoice);
        assertThat(shown).startsWith("Datum izdaje").doesNotContain("naraščajoče");
        layout.screenshot("invoices");

        driver.get(root() + "billing/open-items");
        new OpenItemsPage(driver);
        assertThat(layout.firstRowDisplay("#items tbody tr")).isEqualTo("flex");
        assertThat(layout.horizontalOverflow()).isZero();
        layout.screenshot("open-items");

        driver.get(root() + "consumption/readings?code=" + customer.meteredPoint());
        new ReadingsPage(driver);
        assertThat(layout.firstRowDisplay("#readings-form\\:readings_data tr")).isEqualTo("flex");
        assertThat(layout.horizontalOverflow()).isZero();
        layout.screenshot("readings");

        layout.width(1280);
        driver.get(root() + "billing/invoices");
        new InvoicesPage(driver);
        assertThat(layout.firstRowDisplay(rows)).isEqualTo("table-row");
        layout.screenshot("invoices");
        driver.get(root() + "billing/open-items");
        new OpenItemsPage(driver);
        layout.screenshot("open-items");
        driver.get(root() + "consumption/readings?code=" + customer.meteredPoint());
        new ReadingsPage(driver);
        layout.screenshot("readings");
    }

    private String root() {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    private static String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(SLOVENIAN);
        format.setCurrency(Currency.getInstance("EUR"));
        // Selenium reads the page's no-break space as a space.
        return format.format(amount).replace('\u00a0', ' ');
    }

    private static String decimal(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(SLOVENIAN);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
