package si.utility.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import si.utility.portal.pages.ConfirmEmailPage;
import si.utility.portal.pages.ConsentDeclinedPage;
import si.utility.portal.pages.HomePage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.MyProfilePage;
import si.utility.portal.pages.WithdrawConsentPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;

/** "Moj profil" in a browser: display name, password change with the end of other sessions, consent withdrawal. */
class MyProfilePagesIT extends BrowserTest {

    private static final String PASSWORD = "Zelenje-42-Velenje";
    private static final String NEW_PASSWORD = "Novo-Geslo-2026";

    private WebDriver driver;
    private NewPayer payer;

    @BeforeEach
    void logIn() {
        driver = browser.driver();
        payer = new Fixtures(base).newActiveAccount(PASSWORD, true);
        LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);
    }

    @Test
    void aNewDisplayNameGreetsTheCustomer() {
        MyProfilePage profile = MyProfilePage.open(driver, base);
        assertThat(profile.greeting()).isEqualTo(payer.name());

        profile = profile.changeDisplayName("Janez iz Velenja");

        assertThat(profile.globalMessages()).containsExactly(slovenian("profile.displayNameChanged"));
        assertThat(profile.greeting()).isEqualTo("Janez iz Velenja");
        assertThat(HomePage.open(driver, base).greeting()).isEqualTo("Janez iz Velenja");
    }

    @Test
    void aDisplayNameSavedInAWindowOpenedBeforeAnotherWindowsChangeSaysItChangedMeanwhile() {
        String firstWindow = driver.getWindowHandle();
        MyProfilePage.openWithSectionParameter(driver, base, "name");
        driver.switchTo().newWindow(WindowType.TAB);
        MyProfilePage.openWithSectionParameter(driver, base, "name").changeDisplayName("Iz drugega okna");
        driver.close();
        driver.switchTo().window(firstWindow);

        MyProfilePage stale = new MyProfilePage(driver).changeDisplayName("Iz prvega okna");

        assertThat(stale.title()).isEqualTo(slovenian("profile.title"));
        assertThat(stale.globalMessages()).containsExactly(slovenian("common.changedMeanwhile"));
        assertThat(stale.isOpen("name")).as("the form stays, with what was typed").isTrue();
        assertThat(MyProfilePage.open(driver, base).greeting()).isEqualTo("Iz drugega okna");
    }

    @Test
    void anEmptyOrUnknownSectionInTheLinkShowsThePageWithAllSectionsClosed() throws Exception {
        MyProfilePage.open(driver, base);
        String session = browser.cookieHeader();

        for (String open : List.of("", "%20", "none", "nonsense", "%3Cscript%3E", "name%00", "name&open=email")) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            base.toURI().resolve("profile/my-profile?open=" + open))
                    .header("Cookie", session).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("open=" + open).isEqualTo(200);
            assertThat(page.body()).as("open=" + open).contains("<h1>" + slovenian("profile.title") + "</h1>");
        }
        MyProfilePage empty = MyProfilePage.openWithSectionParameter(driver, base, "");
        assertThat(empty.title()).isEqualTo(slovenian("profile.title"));
        assertThat(List.of("name", "email", "password")).noneMatch(empty::isOpen);
    }

    @Test
    void aNewEmailAddressCountsOnceTheMailedLinkIsFollowed() {
        String newEmail = "nov-" + payer.email();

        MyProfilePage profile = MyProfilePage.open(driver, base).requestEmailChange(newEmail, PASSWORD);
        assertThat(profile.globalMessages()).containsExactly(slovenian("profile.emailLinkSent"));
        assertThat(profile.currentEmail()).isEqualTo(payer.email());

        String link = TestMailbox.awaitOne(newEmail).link("/profile/confirm-email");
        assertThat(ConfirmEmailPage.follow(driver, link).outcome()).isEqualTo(slovenian("confirmEmail.CHANGED"));
        assertThat(MyProfilePage.open(driver, base).currentEmail()).isEqualTo(newEmail);
        assertThat(ConfirmEmailPage.follow(driver, link).outcome()).isEqualTo(slovenian("token.USED"));
    }

    @Test
    void aNewPasswordLogsInAndEndsTheOtherSessions() {
        Set<Cookie> otherSession = driver.manage().getCookies();
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);

        MyProfilePage profile = MyProfilePage.open(driver, base).changePassword(PASSWORD, NEW_PASSWORD);
        assertThat(profile.globalMessages()).containsExactly(slovenian("profile.passwordChanged"));
        assertThat(HomePage.open(driver, base).payerCode()).as("this session goes on").isEqualTo(payer.payerCode());

        LoginPage login = profile.logOut().logInFailing(payer.payerCode(), PASSWORD);
        assertThat(login.globalMessages()).containsExactly(slovenian("login.invalid"));
        assertThat(login.logIn(payer.payerCode(), NEW_PASSWORD).payerCode()).isEqualTo(payer.payerCode());

        driver.manage().deleteAllCookies();
        otherSession.forEach(driver.manage()::addCookie);
        LoginPage ended = LoginPage.byRequesting(driver, base, "");
        assertThat(ended.sessionEndedNotice()).isEqualTo(slovenian("login.sessionEnded"));
    }

    @Test
    void theLanguageChosenWhileSignedInIsTheLanguageOfTheAccountsMails() {
        MyProfilePage profile = MyProfilePage.open(driver, base).switchToEnglish();

        profile.changePassword(PASSWORD, NEW_PASSWORD);

        assertThat(TestMailbox.awaitOne(payer.email()).subject()).startsWith("Your password has been changed");
    }

    @Test
    void theDataDownloadIsThisAccountsJson() throws Exception {
        MyProfilePage.open(driver, base);
        String session = browser.cookieHeader();

        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.toURI().resolve("profile/my-data"))
                .header("Cookie", session).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"osebni-podatki-" + payer.payerCode() + ".json\"");
        // The browser side has no JSON-P implementation; the in-container ProfileServicesIT reads the structure.
        assertThat(download.body()).containsPattern("\"payerCode\"\\s*:\\s*\"" + payer.payerCode() + "\"")
                .containsPattern("\"email\"\\s*:\\s*\"" + Pattern.quote(payer.email()) + "\"");
    }

    @Test
    void withdrawnConsentLogsOutAndIsAskedAgainAtTheNextLogIn() {
        WithdrawConsentPage withdraw = MyProfilePage.open(driver, base).withdrawConsent();
        assertThat(withdraw.explanation()).isEqualTo(slovenian("withdraw.text1"));

        ConsentDeclinedPage declined = withdraw.confirm();

        assertThat(declined.text()).isEqualTo(slovenian("consent.declined"));
        assertThat(LoginPage.byRequesting(driver, base, "profile/my-profile").currentUrl()).endsWith("/account/login");
        LoginPage.open(driver, base).logInExpectingConsent(payer.payerCode(), PASSWORD);
    }
}
