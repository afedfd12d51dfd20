package si.utility.portal.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.pages.HomePage;
import si.utility.portal.pages.InvoicePage;
import si.utility.portal.pages.InvoicesPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.OpenItemsPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.QrCodes;
import si.utility.portal.testsupport.SqlStatementCounter;
import si.utility.portal.testsupport.TestData.InvoicedCustomer;

/** A customer looks through invoices, downloads one, and pays open items with a mobile bank's QR reader. */
class BillingJourneyIT extends BrowserTest {

    private static final String PASSWORD = "Racuni-2026-Velenje";
    private static final int MONTHS = 15;
    private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("dd. MM. yyyy");
    private static final UpnQrPayload.Party KPV = new UpnQrPayload.Party("Komunalno podjetje Velenje, d. o. o.",
            "Koroška cesta 37/b", "3320 Velenje");

    private WebDriver driver;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        driver = browser.driver();
    }

    @Test
    void customerPagesThroughInvoicesDownloadsOneAndPaysOpenItemsByQrCode() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        InvoicedCustomer customer = fixtures.newInvoicedCustomer(PASSWORD, MONTHS);
        String payerCode = customer.payerCode();
        String payerName = customer.name();
        String overdueNumber = customer.overdueNumber();
        List<String> numbers = customer.invoiceNumbers();

        InvoicesPage invoices = LoginPage.open(driver, base).logIn(payerCode, PASSWORD).goToInvoices();
        assertThat(invoices.numbers()).containsExactlyElementsOf(numbers.subList(0, 12));
        assertThat(invoices.firstRowText()).containsPattern("\\d+,\\d\\d\\s€");
        // The latest invoice is half paid: its row says how much is still open, a paid one shows no amount.
        assertThat(invoices.openAmount(customer.notDueNumber())).matches("\\d+,\\d\\d\\s€");
        assertThat(invoices.openAmount(numbers.get(2))).isEmpty();
        invoices.nextPage(numbers.get(12));
        assertThat(invoices.numbers()).containsExactlyElementsOf(numbers.subList(12, MONTHS));

        HttpResponse<byte[]> csv = get(invoices.exportUrl());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8).lines()).hasSize(MONTHS + 1)
                .allSatisfy(line -> assertThat(line).contains(";"));

        String shownNumber = numbers.get(12);
        InvoicePage invoice = invoices.open(shownNumber);
        assertThat(invoice.number()).isEqualTo(shownNumber);
        invoices = invoice.goToInvoices();

        // Water use grows every month in the fixture, so the oldest invoice is the cheapest.
        invoices.sortBy("Skupaj", numbers.get(MONTHS - 1));
        String latestYear = String.valueOf(fixtures.today().getYear());
        invoices.filterYear(latestYear);
        assertThat(invoices.issueDates()).isNotEmpty().allSatisfy(date -> assertThat(date).endsWith(latestYear));
        assertThat(new String(get(invoices.exportUrl()).body(), StandardCharsets.UTF_8).lines())
                .hasSize(invoices.rowCount() + 1);

        shownNumber = invoices.numbers().get(0);
        invoice = invoices.open(shownNumber);
        assertThat(invoice.number()).isEqualTo(shownNumber);
        assertThat(invoice.lineCount()).isEqualTo(2);
        // Lines in the billing system's order; unit prices by the price list's rule (four decimals), units as m³.
        assertThat(invoice.lines()).extracting(line -> line.get(0), line -> line.get(2), line -> line.get(3))
                .containsExactly(tuple("Oskrba s pitno vodo", "m³", "0,8125 €"),
                        tuple("Zbiranje komunalnih odpadkov", "kos", "4,3315 €"));
        assertThat(invoice.reference()).isEqualTo(PaymentReference.ofInvoice(payerCode, shownNumber).printed());
        assertThat(invoice.iban()).isEqualTo("SI56 1910 0000 0123 438");
        HttpResponse<byte[]> pdf = get(invoice.pdfUrl());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(shownNumber, payerName);
        }

        // The manual's invoice exists, but belongs to payer 1234: not found, in the page and as a PDF.
        driver.get(url("billing/invoice?number=12345678"));
        assertThat(driver.findElement(By.id("error-text")).isDisplayed()).isTrue();
        assertThat(get(url("billing/invoice-pdf?number=12345678")).statusCode()).isEqualTo(404);

        OpenItemsPage openItems = HomePage.open(driver, base).goToOpenItems();
        assertThat(openItems.itemCount()).isEqualTo(2);
        assertThat(openItems.isMarkedOverdue(overdueNumber)).isTrue();
        assertThat(openItems.overdue()).isNotEqualTo(openItems.total());
        assertThat(openItems.openDocument(overdueNumber).number()).isEqualTo(overdueNumber);
        openItems = HomePage.open(driver, base).goToOpenItems();

        String shownQr = openItems.showQr(overdueNumber);
        UpnQrPayload expected = UpnQrPayload.of(new UpnQrPayload.Party(payerName, "Koroška cesta 1", "3320 Velenje"),
                amount(openItems.cell(overdueNumber, 4)), "OTHR", "Plačilo " + overdueNumber,
                LocalDate.parse(openItems.cell(overdueNumber, 2), PAGE_DATE), "SI56 1910 0000 0123 438",
                PaymentReference.ofInvoice(payerCode, overdueNumber), KPV);
        HttpResponse<byte[]> qrImage = get(shownQr);
        assertThat(qrImage.statusCode()).isEqualTo(200);
        assertThat(qrImage.headers().firstValue("Cache-Control")).hasValue("private, max-age=86400");
        assertThat(QrCodes.decode(qrImage.body()).getText()).isEqualTo(expected.text());
        // The manual's invoice is an open item of payer 1234, not of this payer.
        assertThat(get(shownQr.replaceFirst("document=[^&]+", "document=12345678")).statusCode()).isEqualTo(404);

        List<String> balance = List.of(QrCodes.decodeDataUri(openItems.balanceQrSource()).getText()
                .split("\n"));
        assertThat(balance.get(8)).isEqualTo("%011d".formatted(
                amount(openItems.total()).movePointRight(2).longValueExact()));
        assertThat(balance.get(15)).isEqualTo("SI00" + payerCode);
    }

    /** The invoice page reads its lines' services with the invoice, not a statement per line (SqlStatementCounter). */
    @Test
    void anInvoiceReadsItsLinesServicesInTheSameStatement() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        InvoicedCustomer customer = fixtures.newInvoicedCustomer(PASSWORD, 2);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);
        String token = UUID.randomUUID().toString();
        driver.manage().addCookie(new Cookie(SqlStatementCounter.COOKIE, token));

        driver.get(url("billing/invoice?number=" + customer.invoiceNumbers().get(0)));
        InvoicePage invoice = new InvoicePage(driver);

        assertThat(invoice.number()).isEqualTo(customer.invoiceNumbers().get(0));
        assertThat(invoice.lineCount()).isPositive();
        assertThat(fixtures.sqlStatementTexts(token)).isNotEmpty()
                .noneMatch(sql -> sql.contains("FROM UTILITY_SERVICE WHERE"));
    }

    @Test
    void aCreditLargerThanTheDebtsIsStatedAndOffersNoPaymentCode() {
        Fixtures.CreditedCustomer credited = new Fixtures(base).newCreditedCustomer(PASSWORD, 3, "500.00");
        InvoicedCustomer customer = credited.customer();

        OpenItemsPage openItems = LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD)
                .goToOpenItems();

        assertThat(openItems.itemCount()).isEqualTo(3);
        BigDecimal credit = new BigDecimal("500.00").subtract(amount(openItems.cell(customer.overdueNumber(), 4)))
                .subtract(amount(openItems.cell(customer.notDueNumber(), 4)));
        assertThat(openItems.total()).matches("[-\u2212].*"); // Slovenian writes a minus sign, U+2212
        assertThat(amount(openItems.total())).isEqualByComparingTo(credit);
        assertThat(amount(openItems.overdue())).isEqualByComparingTo("0");
        assertThat(openItems.creditText()).startsWith("Imate dobroimetje ")
                .contains(openItems.total().substring(1));
        assertThat(openItems.hasBalanceQr()).isFalse();
        assertThat(openItems.hasQr(credited.creditNumber())).isFalse();
        assertThat(openItems.hasQr(customer.overdueNumber())).isTrue();
    }

    @Test
    void pagingParametersNoPaginatorSendsShowTheFirstPageAndLeaveTheViewWorking() throws Exception {
        InvoicedCustomer customer = new Fixtures(base).newInvoicedCustomer(PASSWORD, MONTHS);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD).goToInvoices();
        String page = new String(get(url("billing/invoices")).body(), StandardCharsets.UTF_8);
        String viewState = find(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        String nonce = find(page, "nonce=\"([^\"]+)\"");

        for (String[] firstAndRows : new String[][] {{"-12", "12"}, {"0", "-1"}, {"0", "0"}, {"abc", "12"},
                {"0", "abc"}, {"99999999999", "12"}, {"12", "13"}}) {
            HttpResponse<String> hostile = pageRequest(viewState, nonce, firstAndRows[0], firstAndRows[1]);
            assertThat(hostile.statusCode()).as("first=%s rows=%s", (Object[]) firstAndRows).isEqualTo(200);
            assertThat(hostile.body()).as("first=%s rows=%s", (Object[]) firstAndRows)
                    .contains(customer.invoiceNumbers().get(0)).doesNotContain(customer.invoiceNumbers().get(12))
                    .doesNotContain("error-text");
        }

        // The paginator's own request for the second page, on the same view, after the hostile ones.
        HttpResponse<String> next = pageRequest(viewState, nonce, "12", "12");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).startsWith("<?xml").contains("<partial-response")
                .contains(customer.invoiceNumbers().get(12)).doesNotContain(customer.invoiceNumbers().get(0))
                .doesNotContain("error-text");
    }

    /** The ajax request PrimeFaces' paginator sends for a page of the invoices table. */
    private HttpResponse<String> pageRequest(String viewState, String nonce, String first, String rows)
            throws Exception {
        String table = "invoices:table";
        String form = String.join("&", "jakarta.faces.partial.ajax=true", "jakarta.faces.source=" + table,
                "jakarta.faces.partial.execute=" + table, "jakarta.faces.partial.render=" + table,
                "jakarta.faces.behavior.event=page", "jakarta.faces.partial.event=page",
                table + "_pagination=true", table + "_first=" + first, table + "_rows=" + rows,
                table + "_skipChildren=true", table + "_encodeFeature=true", "invoices=invoices",
                "primefaces.nonce=" + encode(nonce), "jakarta.faces.ViewState=" + encode(viewState));
        return http.send(HttpRequest.newBuilder(URI.create(url("billing/invoices")))
                .header("Cookie", browser.cookieHeader()).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** "1.234,56 €" as shown in Slovenian. */
    private static BigDecimal amount(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,]", "").replace(',', '.'));
    }

    private String url(String path) throws Exception {
        return base.toURI().resolve(path).toString();
    }

    /** Fetches a link as the logged-in browser would, with its session cookie. */
    private HttpResponse<byte[]> get(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).header("Cookie", browser.cookieHeader())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
