package si.utility.portal.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.CustomerViewBanner;
import si.utility.portal.pages.ForgedPost;
import si.utility.portal.pages.HomePage;
import si.utility.portal.pages.InvoicesPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.ReadOnlyPage;
import si.utility.portal.pages.ReadingEntryPage;
import si.utility.portal.pages.ReadingsPage;
import si.utility.portal.pages.StaffAdminPage;
import si.utility.portal.pages.StaffAuditPage;
import si.utility.portal.pages.StaffCustomerPage;
import si.utility.portal.pages.StaffCustomersPage;
import si.utility.portal.pages.StaffLoginPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.InvoicedCustomer;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData.StaffLogin;

/**
 * "Ogled kot stranka": a clerk opens a customer's pages from the card, sees that customer's data under the banner,
 * can change nothing (the refused requests and every page shown are audited), and is back on the card after it;
 * a customer's session never gets there, nor a forged payer id, nor a staff account disabled meanwhile.
 */
class StaffCustomerViewIT extends BrowserTest {

    private static final String PASSWORD = "Zaledje-42-Preskus";
    private static final String CUSTOMER_PASSWORD = "Zelenje-42-Velenje";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aClerkViewsACustomersReadingsReadOnlyEveryPageIsAuditedAndTheEndLeadsBackToTheCard() throws Exception {
        WebDriver driver = browser.driver();
        MeteredCustomer customer = new Fixtures(base).newMeteredCustomer(CUSTOMER_PASSWORD, 3);
        StaffLogin clerk = new Fixtures(base).newStaffMember("CLERK", PASSWORD);
        StaffLoginPage.logIn(driver, base, clerk, PASSWORD);
        assertThat(status("GET", "consumption/readings")).as("no view yet: to the customer log-in").isEqualTo(302);

        HomePage home = card(customer.payerCode()).viewAsCustomer();
        assertThat(home.payerCode()).contains(customer.payerCode());
        assertThat(CustomerViewBanner.text(driver)).isEqualTo(slovenian("customerView.banner")
                .replace("{0}", customer.payerCode()).replace("{1}", home.payerName()));
        assertThat(driver.findElements(By.id("header:logout"))).as("no customer log-out").isEmpty();

        driver.get(base + "consumption/readings?code=" + customer.pointCode());
        assertThat(new ReadingsPage(driver).readings()).isNotEmpty();
        assertThat(CustomerViewBanner.text(driver)).contains(customer.payerCode());

        driver.get(base + "consumption/reading-entry?code=" + customer.pointCode());
        ForgedPost.Answer forged = new ReadingEntryPage(driver).submitForged(Map.of("entry:value", "131"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains(slovenian("customerView.readOnly.text")).doesNotContain("error-text");
        ReadOnlyPage refused = new ReadingEntryPage(driver).enterWhileViewing("132");
        assertThat(refused.text()).isEqualTo(slovenian("customerView.readOnly.text"));
        assertThat(CustomerViewBanner.text(driver)).contains(customer.payerCode());

        assertThat(status("POST", "account/logout")).isEqualTo(403);
        assertThat(status("GET", "profile/confirm-email?token=abc")).isEqualTo(403);
        assertThat(status("GET", "account/login")).isEqualTo(403);
        assertThat(status("GET", "profile/my-profile?jakarta.faces.ViewState=stateless")).as("a GET postback")
                .isEqualTo(403);
        assertThat(status("POST", "language?lang=sl&page=/")).as("the clerk's language only").isIn(302, 303);

        StaffCustomerPage card = CustomerViewBanner.end(driver);
        assertThat(card.viewEndedNotice()).isEqualTo(slovenian("customerView.ended"));
        assertThat(card.readingsEntered()).as("nothing was stored").isEmpty();
        assertThat(status("GET", "consumption/readings")).as("the view is over").isEqualTo(302);
        assertThat(status("GET", "billing/invoices")).isEqualTo(302);

        driver.manage().deleteAllCookies();
        StaffLoginPage.logIn(driver, base, new Fixtures(base).newStaffMember("ADMIN", PASSWORD), PASSWORD);
        StaffAuditPage audit = StaffAuditPage.ofActor(driver, base, "staff:" + clerk.staffId());
        List<String> actions = audit.actions();
        List<String> details = audit.details();
        assertThat(IntStream.range(0, actions.size()).mapToObj(i -> actions.get(i) + " " + details.get(i)).toList())
                .containsExactly("CUSTOMER_CARD_VIEWED ", "CUSTOMER_VIEW_ENDED ",
                        "STAFF_ACCESS_REFUSED GET /profile/my-profile", "STAFF_ACCESS_REFUSED GET /account/login",
                        "STAFF_ACCESS_REFUSED GET /profile/confirm-email", "STAFF_ACCESS_REFUSED POST /account/logout",
                        "STAFF_ACCESS_REFUSED POST /consumption/reading-entry",
                        "STAFF_ACCESS_REFUSED POST /consumption/reading-entry",
                        "CUSTOMER_PAGE_VIEWED /consumption/reading-entry?code=" + customer.pointCode(),
                        "CUSTOMER_PAGE_VIEWED /consumption/readings?code=" + customer.pointCode(),
                        "CUSTOMER_PAGE_VIEWED /index", "CUSTOMER_VIEWED_AS " + customer.payerCode(),
                        "CUSTOMER_CARD_VIEWED ", "STAFF_LOGIN ");
    }

    @Test
    void aClerkViewingTwoCustomersInTurnSeesEachOnesInvoicesOnlyUntilTheAccountIsDetached() throws Exception {
        WebDriver driver = browser.driver();
        InvoicedCustomer first = new Fixtures(base).newInvoicedCustomer(CUSTOMER_PASSWORD, 3);
        InvoicedCustomer second = new Fixtures(base).newInvoicedCustomer(CUSTOMER_PASSWORD, 3);
        StaffLoginPage.logIn(driver, base, new Fixtures(base).newStaffMember("CLERK", PASSWORD), PASSWORD);

        for (InvoicedCustomer customer : List.of(first, second)) {
            InvoicesPage invoices = card(customer.payerCode()).viewAsCustomer().goToInvoices();
            assertThat(CustomerViewBanner.text(driver)).isEqualTo(slovenian("customerView.banner")
                    .replace("{0}", customer.payerCode()).replace("{1}", customer.name()));
            assertThat(invoices.numbers()).isNotEmpty().isSubsetOf(customer.invoiceNumbers());
            CustomerViewBanner.end(driver);
        }
        assertThat(status("GET", "billing/invoices")).isEqualTo(302);

        card(first.payerCode()).viewAsCustomer();
        card(first.payerCode()).detach(true);
        driver.get(base + "billing/invoices");
        assertThat(new StaffCustomerPage(driver).viewEndedNotice()).as("a detached account ends the view")
                .isEqualTo(slovenian("customerView.ended"));
        assertThat(status("GET", "billing/invoices")).isEqualTo(302);
    }

    @Test
    void aCustomersSessionAForgedPayerAndADisabledClerkGetNoView() throws Exception {
        WebDriver driver = browser.driver();
        MeteredCustomer customer = new Fixtures(base).newMeteredCustomer(CUSTOMER_PASSWORD, 3);
        LoginPage.open(driver, base).logIn(customer.payerCode(), CUSTOMER_PASSWORD);
        assertThat(status("POST", "staff/customer-view?payer=" + customer.payerId())).isEqualTo(404);
        assertThat(status("POST", "staff/customer-view/end")).isEqualTo(404);
        driver.manage().deleteAllCookies();

        StaffLogin clerk = new Fixtures(base).newStaffMember("CLERK", PASSWORD);
        StaffLoginPage.logIn(driver, base, clerk, PASSWORD);
        for (String payer : new String[] {"999999999999", "abc", "1" + "0".repeat(30), ""}) {
            assertThat(status("POST", "staff/customer-view?payer=" + payer)).as(payer).isEqualTo(404);
        }
        assertThat(status("GET", "consumption/readings")).isEqualTo(302);

        card(customer.payerCode()).viewAsCustomer();
        String clerkSession = browser.cookieHeader();
        assertThat(status("GET", "consumption/readings", clerkSession)).isEqualTo(200);
        driver.manage().deleteAllCookies();
        StaffLoginPage.logIn(driver, base, new Fixtures(base).newStaffMember("ADMIN", PASSWORD), PASSWORD);
        driver.get(base + "staff/admin/staff");
        new StaffAdminPage(driver).disable(clerk.email());

        assertThat(location("consumption/readings", clerkSession)).as("to the staff log-in").endsWith("/staff/login");
        assertThat(location("consumption/readings", clerkSession)).as("and the view is gone")
                .endsWith("/account/login");
    }

    private StaffCustomerPage card(String payerCode) {
        return StaffCustomersPage.search(browser.driver(), base, payerCode).open(payerCode);
    }

    private int status(String method, String path) throws IOException, InterruptedException {
        return status(method, path, browser.cookieHeader());
    }

    private String location(String path, String cookies) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location")
                .orElse("none");
    }

    /** The status of a request with these cookies, as a client sees it before any error page or redirect. */
    private int status(String method, String path, String cookies) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
