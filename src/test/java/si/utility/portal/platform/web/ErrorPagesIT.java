package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.english;
import static si.utility.portal.testsupport.Texts.slovenian;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ConsumptionPage;
import si.utility.portal.pages.ErrorPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.ReadingEntryPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData.NewPayer;

/** The header works on error pages too, and a form the portal cannot take shows its page again. */
class ErrorPagesIT extends BrowserTest {

    private static final String PASSWORD = "Zelenje-42-Velenje";

    private WebDriver driver;
    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        driver = browser.driver();
        driver.manage().deleteAllCookies();
        fixtures = new Fixtures(base);
    }

    @Test
    void logoutOnTheNotFoundPageEndsTheSession() {
        NewPayer payer = fixtures.newActiveAccount(PASSWORD, true);
        LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);
        ErrorPage notFound = ErrorPage.at(driver, base, "no-such-page");
        assertThat(notFound.title()).isEqualTo(slovenian("error.not-found.title"));

        LoginPage login = notFound.logOut();

        assertThat(login.currentUrl()).endsWith("/account/login?loggedOut=true");
        assertThat(LoginPage.byRequesting(driver, base, "profile/my-profile").currentUrl())
                .as("a signed-in page asks for the login again").endsWith("/account/login");
    }

    @Test
    void theLanguageSwitchOnTheNotFoundPageShowsItInEnglish() {
        NewPayer payer = fixtures.newActiveAccount(PASSWORD, true);
        LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);

        ErrorPage english = ErrorPage.at(driver, base, "no-such-page?x=1").switchToEnglish();

        assertThat(english.title()).isEqualTo(english("error.not-found.title"));
        assertThat(english.currentUrl()).endsWith("/no-such-page?x=1");
    }

    @Test
    void aReadingEntryWithAForgedOrEmptyViewStateShowsTheFormAgainWithAMessage() {
        MeteredCustomer customer = fixtures.newMeteredCustomer(PASSWORD, 3);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);

        for (String viewState : new String[] {"forged", ""}) {
            ReadingEntryPage entry = ConsumptionPage.at(driver, base, "consumption/point?code=" + customer.pointCode())
                    .openReadingEntry();

            ReadingEntryPage again = entry.enterWithViewState(viewState, "400,5");

            assertThat(again.title()).isEqualTo(slovenian("consumption.view.entry"));
            assertThat(again.formExpiredNotice()).as("view state '%s'", viewState)
                    .isEqualTo(slovenian("error.formExpired"));
        }
    }
}
