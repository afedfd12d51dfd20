package si.utility.portal.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ErrorPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.StaffApiKeysPage;
import si.utility.portal.pages.StaffAuditPage;
import si.utility.portal.pages.StaffLoginPage;
import si.utility.portal.staff.service.TotpCodes;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestData.StaffLogin;

/** The admin pages in a browser, and who else gets what at /staff: a clerk 403, a customer 404. */
class StaffAdminPagesIT extends BrowserTest {

    private static final String PASSWORD = "Zaledje-42-Preskus";
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
        assertThat(ErrorPage.at(driver, base, "staff/admin/audit").title())
                .isEqualTo(slovenian("error.not-found.title"));
        driver.manage().deleteAllCookies();

        logIn(new Fixtures(base).newStaffMember("ADMIN", PASSWORD));
        assertThat(StaffAuditPage.ofActor(driver, base, "staff:" + clerk.staffId()).actions())
                .containsExactly("STAFF_ACCESS_REFUSED", "STAFF_ACCESS_REFUSED", "STAFF_LOGIN");
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

    private void logIn(StaffLogin staff) {
        StaffLoginPage.open(browser.driver(), base).logIn(staff.email(), PASSWORD,
                TotpCodes.code(staff.secret(), TotpCodes.stepAt(Instant.now())));
    }

    /** The status of a GET with the browser's session cookie, as a client sees it before any error page. */
    private int statusWithSession(String path) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int apiStatus(String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/export/readings?limit=1"))
                .header("Authorization", "Bearer " + key).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
