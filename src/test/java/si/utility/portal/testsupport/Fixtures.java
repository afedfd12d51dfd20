package si.utility.portal.testsupport;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import si.utility.portal.testsupport.TestData.NewPayer;

/** The browser tests' side of {@link TestFixtureServlet}: fresh test data in the server under test. */
public final class Fixtures {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public Fixtures(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** A payer with an invoice and no portal account. */
    public NewPayer newPayer() {
        return parse(post("test-fixtures/payer"));
    }

    /** A staff member who can log in with the password and codes of the answered TOTP secret. */
    public TestData.StaffLogin newStaffMember(String role, String password) {
        String[] parts = post("test-fixtures/staff-member?role=" + role + "&password=" + encode(password)).split(";");
        return new TestData.StaffLogin(parts[0], parts[1], Long.parseLong(parts[2]));
    }

    /** A mail the outbox gave up on, with its body; its id. The subject travels in the URL: plain ASCII. */
    public long newGivenUpMail(String to, String subject) {
        return Long.parseLong(post("test-fixtures/given-up-mail?to=" + encode(to) + "&subject=" + encode(subject)));
    }

    /** A payer whose account is activated with the given password; {@code consented} skips the consent page. */
    public NewPayer newActiveAccount(String password, boolean consented) {
        return parse(post("test-fixtures/active-account?password=" + encode(password) + "&consented=" + consented));
    }

    /** A consented account with a metered point (monthly readings, 10 m3 a month) and a point without a meter. */
    public TestData.MeteredCustomer newMeteredCustomer(String password, int months) {
        String[] p = post("test-fixtures/metered-customer?password=" + encode(password) + "&months=" + months)
                .split(";");
        return new TestData.MeteredCustomer(p[0], p[1], Long.parseLong(p[2]), Long.parseLong(p[3]), p[4], p[5],
                Long.parseLong(p[6]));
    }

    /** A reading of the customer's meter entered yesterday, waiting for the back office's review; its id. */
    public long newReadingInReview(TestData.MeteredCustomer customer, String value) {
        return Long.parseLong(post("test-fixtures/reading-in-review?meterId=" + customer.meterId() + "&value="
                + encode(value) + "&accountId=" + customer.accountId()));
    }

    /** A second meter (hot water, no readings) at a point; its id. */
    public long newHotWaterMeter(String pointCode) {
        return Long.parseLong(post("test-fixtures/hot-water-meter?pointCode=" + encode(pointCode)));
    }

    /** A metered point that changed payer, both payers with consented accounts ({@link TestData#newMovedPoint}). */
    public TestData.MovedPoint newMovedPoint(String password, boolean movedBack) {
        String[] p = post("test-fixtures/moved-point?password=" + encode(password) + "&movedBack=" + movedBack)
                .split(";");
        return new TestData.MovedPoint(p[0], Long.parseLong(p[1]), LocalDate.parse(p[2]),
                "null".equals(p[3]) ? null : LocalDate.parse(p[3]), occupant(p, 4), occupant(p, 9));
    }

    private static TestData.Occupant occupant(String[] p, int at) {
        return new TestData.Occupant(p[at], p[at + 1], Long.parseLong(p[at + 2]), Long.parseLong(p[at + 3]),
                p[at + 4]);
    }

    /** A consented account of a payer with monthly invoices and two open items, one of them overdue. */
    public TestData.InvoicedCustomer newInvoicedCustomer(String password, int months) {
        String[] p = post("test-fixtures/billing?months=" + months + "&password=" + encode(password)).split(";");
        return new TestData.InvoicedCustomer(p[0], p[1], p[2], p[3], List.of(p[4].split(",")));
    }

    /** An {@link #newInvoicedCustomer invoiced customer} who also has a credit (an overpayment) of this amount. */
    public CreditedCustomer newCreditedCustomer(String password, int months, String credit) {
        String[] p = post("test-fixtures/billing?months=" + months + "&password=" + encode(password) + "&credit="
                + encode(credit)).split(";");
        return new CreditedCustomer(new TestData.InvoicedCustomer(p[0], p[1], p[2], p[3], List.of(p[4].split(","))),
                p[5]);
    }

    public record CreditedCustomer(TestData.InvoicedCustomer customer, String creditNumber) {
    }

    /** The landing page's customer ({@link OverviewData}): invoices, open items, a read meter, a message. */
    public OverviewData.OverviewCustomer newOverviewCustomer(String password) {
        String[] p = post("test-fixtures/overview?password=" + encode(password)).split(";");
        return new OverviewData.OverviewCustomer(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]),
                LocalDate.parse(p[3]), List.of(p[4].split(",")),
                Stream.of(p[5].split(",")).map(BigDecimal::new).toList(), p[6], p[7], new BigDecimal(p[8]),
                LocalDate.parse(p[9]), p[10]);
    }

    /** More invoices, open items, readings and messages for an {@link #newOverviewCustomer overview customer}. */
    public void addOverviewRows(String payerCode) {
        post("test-fixtures/overview-more?payerCode=" + encode(payerCode));
    }

    /** The SQL statements of the latest page request that carried {@link SqlStatementCounter#COOKIE} = token. */
    public int sqlStatements(String token) {
        return Integer.parseInt(send(HttpRequest.newBuilder(base.resolve("test-fixtures/sql-count?token="
                + encode(token))).GET().build()));
    }

    /** The SQL of those statements, in the order sent. */
    public List<String> sqlStatementTexts(String token) {
        return List.of(send(HttpRequest.newBuilder(base.resolve("test-fixtures/sql-count?list=true&token="
                + encode(token))).GET().build()).split("\n"));
    }

    /** "none", or the status of the payer's portal account (e.g. PENDING_ACTIVATION). */
    public String accountStatus(String payerCode) {
        return send(HttpRequest.newBuilder(base.resolve("test-fixtures/account?payerCode=" + encode(payerCode)))
                .GET().build());
    }

    /**
     * Waits until the demo batch the server imports in the background at its start is done (at most three
     * minutes: a generous bound for a start under load, not a timing), for tests of the demo customers.
     */
    public void awaitDemoData() {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        String status;
        while (!(status = send(HttpRequest.newBuilder(base.resolve("test-fixtures/demo-batch")).GET().build()))
                .equals("DONE")) {
            if (status.equals("FAILED") || Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the demo batch is " + status);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Today on the server's clock (Europe/Ljubljana): the date the portal's pages are computed for. */
    public LocalDate today() {
        return LocalDate.parse(send(HttpRequest.newBuilder(base.resolve("test-fixtures/today")).GET().build()));
    }

    private String post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static NewPayer parse(String answer) {
        String[] parts = answer.split(";", 3);
        return new NewPayer(parts[0], parts[1], parts[2]);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
