package si.utility.portal.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ConsentPage;
import si.utility.portal.pages.ErrorPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.MyProfilePage;
import si.utility.portal.pages.StaffApiKeysPage;
import si.utility.portal.pages.StaffAuditPage;
import si.utility.portal.pages.StaffConsentPage;
import si.utility.portal.pages.StaffCustomerPage;
import si.utility.portal.pages.StaffDashboardPage;
import si.utility.portal.pages.StaffCustomersPage;
import si.utility.portal.pages.StaffLoginPage;
import si.utility.portal.pages.StaffReadingPage;
import si.utility.portal.pages.ReadingsPage;
import si.utility.portal.pages.RegisterPage;
import si.utility.portal.pages.Registration;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestData.StaffLogin;
import si.utility.portal.testsupport.TestMailbox;

/**
 * The back office pages in a browser: the admin pages, a clerk's review of a reading as the customer then sees it,
 * and who else gets what at /staff: a clerk 403 at admin pages, a customer 404 everywhere.
 */
class StaffPagesIT extends BrowserTest {

    private static final String PASSWORD = "Zaledje-42-Preskus";
    /** Markup in it must come out as text, on the page and in the mail. */
    private static final String REASON = "Števec kaže <b>220</b>, vpisali ste 900.";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdminsNewApiKeyIsShownOnceOpensTheApiAndIsRefusedOnceRevokedAndAllIsAudited() throws Exception {
        WebDriver driver = browser.driver();
        StaffLogin admin = new Fixtures(base).newStaffMember("ADMIN", PASSWORD);
        logIn(admin);

        StaffApiKeysPage page = StaffApiKeysPage.open(driver, base).create("Obračun (preskus)");
        assertThat(page.globalMessages()).containsExactly(
                slovenian("staff.apiKeys.created").replace("{0}", "Obračun (preskus)"));
        String key = page.newKey();
        assertThat(key).isNotBlank();
        assertThat(apiStatus(key)).isEqualTo(200);
        assertThat(StaffApiKeysPage.open(driver, base).newKey()).as("shown once only").isEmpty();

        page = StaffApiKeysPage.open(driver, base).revoke("Obračun (preskus)");
        assertThat(page.globalMessages()).containsExactly(slovenian("staff.apiKeys.revoked"));
        assertThat(apiStatus(key)).isEqualTo(401);

        assertThat(StaffAuditPage.ofActor(driver, base, "staff:" + admin.staffId()).actions())
                .containsExactly("API_KEY_REVOKED", "API_KEY_CREATED", "STAFF_LOGIN");
    }

    @Test
    void anEmptyOrOverlongClientNameIsExplainedNextToTheFieldAndCreatesNoKey() {
        WebDriver driver = browser.driver();
        logIn(new Fixtures(base).newStaffMember("ADMIN", PASSWORD));

        StaffApiKeysPage page = StaffApiKeysPage.open(driver, base).create("   ");

        assertThat(page.messageFor("name")).isEqualTo(slovenian("staff.apiKeys.nameInvalid"));
        assertThat(page.newKey()).isEmpty();
    }

    @Test
    void aClerkAtAnAdminPageGets403AndTheAttemptIsAuditedWhileTheAdminSeesIt() throws Exception {
        WebDriver driver = browser.driver();
        StaffLogin clerk = new Fixtures(base).newStaffMember("CLERK", PASSWORD);
        logIn(clerk);

        assertThat(statusWithSession("staff/admin/staff")).isEqualTo(403);
        assertThat(statusWithSession("staff/admin/consent")).isEqualTo(403);
        assertThat(statusWithSession("contact/messages")).as("a staff session is no customer's: to the log-in")
                .isEqualTo(302);
        assertThat(ErrorPage.at(driver, base, "staff/admin/audit").title())
                .isEqualTo(slovenian("error.not-found.title"));
        driver.manage().deleteAllCookies();

        logIn(new Fixtures(base).newStaffMember("ADMIN", PASSWORD));
        assertThat(StaffAuditPage.ofActor(driver, base, "staff:" + clerk.staffId()).actions())
                .containsExactly("STAFF_ACCESS_REFUSED", "STAFF_ACCESS_REFUSED", "STAFF_ACCESS_REFUSED",
                        "STAFF_LOGIN");
    }

    @Test
    void aConsentTextAnAdminPublishesIsAskedOfASignedInCustomerAtTheNextPageAsTextAndTheAcceptanceKept() {
        WebDriver driver = browser.driver();
        String customerPassword = "Zelenje-42-Velenje";
        NewPayer customer = new Fixtures(base).newActiveAccount(customerPassword, true);
        LoginPage.open(driver, base).logIn(customer.payerCode(), customerPassword);
        Set<Cookie> customerSession = driver.manage().getCookies();
        driver.manage().deleteAllCookies();

        logIn(new Fixtures(base).newStaffMember("ADMIN", PASSWORD));
        StaffConsentPage page = StaffConsentPage.open(driver, base);
        assertThat(page.publish("", "Text").messageFor("textSl")).isEqualTo(slovenian("staff.consent.textRequired"));
        int version = Integer.parseInt(page.versions().get(0)) + 1;
        page = page.publish("Nova <b>različica</b> " + version + "\n\nDrugi odstavek", "New version " + version);
        assertThat(page.globalMessages()).containsExactly(
                slovenian("staff.consent.published").replace("{0}", String.valueOf(version)));
        assertThat(page.versions().get(0)).isEqualTo(String.valueOf(version));
        assertThat(page.newestSlovenianParagraphs()).containsExactly("Nova <b>različica</b> " + version,
                "Drugi odstavek");
        driver.manage().deleteAllCookies();

        customerSession.forEach(driver.manage()::addCookie);
        driver.get(base + "profile/my-profile");
        ConsentPage consent = new ConsentPage(driver);
        assertThat(consent.paragraphs()).containsExactly("Nova <b>različica</b> " + version, "Drugi odstavek");
        consent.accept();
        assertThat(MyProfilePage.open(driver, base).consentHistory()).startsWith(
                version + " " + slovenian("profile.consent.ACCEPTED"));
    }

    @Test
    void aCustomersSessionGets404AtEveryStaffUrl() throws Exception {
        WebDriver driver = browser.driver();
        String password = "Zelenje-42-Velenje";
        NewPayer customer = new Fixtures(base).newActiveAccount(password, true);
        LoginPage.open(driver, base).logIn(customer.payerCode(), password);

        for (String path : new String[] {"staff/", "staff/login", "staff/messages", "staff/admin/staff",
                "staff/admin/audit.csv", "staff/setup?token=x"}) {
            assertThat(statusWithSession(path)).as(path).isEqualTo(404);
        }
    }

    @Test
    void aClerkRejectsAReadingWithAReasonTheCustomerReadsInTheMailAndWithTheReadings() {
        WebDriver driver = browser.driver();
        String customerPassword = "Zelenje-42-Velenje";
        MeteredCustomer customer = new Fixtures(base).newMeteredCustomer(customerPassword, 12);
        long readingId = new Fixtures(base).newReadingInReview(customer, "900");
        logIn(new Fixtures(base).newStaffMember("CLERK", PASSWORD));

        StaffReadingPage review = StaffReadingPage.fromQueue(driver, base, readingId);
        assertThat(review.status()).isEqualTo(slovenian("staff.readings.status.PENDING_REVIEW"));
        assertThat(review.history()).hasSizeGreaterThan(1);
        assertThat(review.chartShown()).as("the history's chart").isTrue();
        assertThat(review.reject("").reasonMessage()).isEqualTo(slovenian("staff.readings.reasonRequired"));
        review = review.reject(REASON);
        assertThat(review.globalMessages()).containsExactly(slovenian("staff.readings.rejected"));
        assertThat(review.status()).isEqualTo(slovenian("staff.readings.status.REJECTED"));
        assertThat(review.decisionShown()).isFalse();
        driver.manage().deleteAllCookies();

        assertThat(TestMailbox.awaitOne(customer.email()).text()).contains(REASON);
        LoginPage.open(driver, base).logIn(customer.payerCode(), customerPassword);
        driver.get(base + "consumption/readings?code=" + customer.pointCode());
        ReadingsPage.Row rejected = new ReadingsPage(driver).readings().get(0);
        assertThat(rejected.value()).startsWith("900");
        assertThat(rejected.source()).contains(slovenian("readings.rejected"), REASON);
        assertThat(rejected.consumption()).isEmpty();
    }

    @Test
    void aClerkFindsACustomerByCodeEmailOrPartOfTheNameAndOpensTheCardWhichIsAudited() {
        WebDriver driver = browser.driver();
        MeteredCustomer customer = new Fixtures(base).newMeteredCustomer("Zelenje-42-Velenje", 3);
        new Fixtures(base).newReadingInReview(customer, "900");
        StaffLogin clerk = new Fixtures(base).newStaffMember("CLERK", PASSWORD);
        logIn(clerk);

        for (String query : new String[] {customer.payerCode(), customer.email().toUpperCase(Locale.ROOT)}) {
            assertThat(StaffCustomersPage.search(driver, base, query).payerCodes()).as(query)
                    .containsExactly(customer.payerCode());
        }
        assertThat(StaffCustomersPage.search(driver, base, "%").payerCodes()).as("a wildcard is a character")
                .isEmpty();
        assertThat(StaffCustomersPage.search(driver, base, "x").queryInvalid()).isTrue();

        StaffCustomerPage card = StaffCustomersPage.search(driver, base, customer.payerCode())
                .open(customer.payerCode());
        assertThat(card.payerCode()).isEqualTo(customer.payerCode());
        assertThat(card.points()).anySatisfy(point -> assertThat(point).contains(customer.pointCode()));
        assertThat(card.accountState()).isEqualTo(slovenian("staff.customers.state.ACTIVE"));
        assertThat(card.readingsEntered()).singleElement().satisfies(reading -> assertThat(reading)
                .contains("900", slovenian("staff.readings.status.PENDING_REVIEW")));
        driver.manage().deleteAllCookies();
        logIn(new Fixtures(base).newStaffMember("ADMIN", PASSWORD));
        assertThat(StaffAuditPage.ofActor(driver, base, "staff:" + clerk.staffId()).actions())
                .containsExactly("CUSTOMER_CARD_VIEWED", "STAFF_LOGIN");
    }

    @Test
    void aBlockedCustomerIsToldToCallAndADetachedPayerCanRegisterAgain() {
        WebDriver driver = browser.driver();
        String customerPassword = "Zelenje-42-Velenje";
        NewPayer customer = new Fixtures(base).newActiveAccount(customerPassword, true);
        logIn(new Fixtures(base).newStaffMember("CLERK", PASSWORD));
        StaffCustomerPage card = StaffCustomersPage.search(driver, base, customer.payerCode())
                .open(customer.payerCode());

        card = card.block("Prijava s tujim računom (klic 2. 12.)");
        assertThat(card.globalMessages()).containsExactly(slovenian("staff.customer.blocked"));
        assertThat(card.blockedNotice()).contains("Prijava s tujim računom (klic 2. 12.)");
        driver.manage().deleteAllCookies();
        assertThat(LoginPage.open(driver, base).logInFailing(customer.payerCode(), customerPassword)
                .globalMessages()).containsExactly(slovenian("login.blocked").replace("{0}", "080 80 34"));

        logIn(new Fixtures(base).newStaffMember("CLERK", PASSWORD));
        card = StaffCustomersPage.search(driver, base, customer.payerCode()).open(customer.payerCode()).unblock();
        assertThat(card.globalMessages()).containsExactly(slovenian("staff.customer.unblocked"));
        assertThat(card.detach(false).detachMessage()).isEqualTo(slovenian("staff.customer.detachConfirmRequired"));
        card = card.detach(true);
        assertThat(card.globalMessages()).containsExactly(slovenian("staff.customer.detached"));
        assertThat(card.hasAccount()).isFalse();
        driver.manage().deleteAllCookies();

        assertThat(TestMailbox.awaitMatching(customer.email(), mail -> mail.text().contains(customer.payerCode()))
                .text()).contains("080 80 34");
        RegisterPage.open(driver, base).register(Registration.valid(customer, "Drugi-42-Placnik"));
    }

    @Test
    void theDashboardCountsWhatWaitsAndNamesTheLastImport() {
        WebDriver driver = browser.driver();
        logIn(new Fixtures(base).newStaffMember("CLERK", PASSWORD));
        long waitingBefore = StaffDashboardPage.open(driver, base).figure("readings-in-review");

        new Fixtures(base).newReadingInReview(new Fixtures(base).newMeteredCustomer("Zelenje-42-Velenje", 3), "900");
        StaffDashboardPage dashboard = StaffDashboardPage.open(driver, base);

        assertThat(dashboard.figure("readings-in-review")).isEqualTo(waitingBefore + 1);
        for (String figure : new String[] {"new-messages", "messages-in-progress", "registered-this-month",
                "activated-this-month", "mails-retrying", "mails-given-up"}) {
            assertThat(dashboard.figure(figure)).as(figure).isNotNegative();
        }
        assertThat(dashboard.lastImport()).as("the demo batch at least").isNotBlank();
    }

    private void logIn(StaffLogin staff) {
        StaffLoginPage.logIn(browser.driver(), base, staff, PASSWORD);
    }


    private int apiStatus(String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/export/readings?limit=1"))
                .header("Authorization", "Bearer " + key).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
