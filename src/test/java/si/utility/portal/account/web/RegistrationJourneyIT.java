package si.utility.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ConsentPage;
import si.utility.portal.pages.HomePage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.RegisterPage;
import si.utility.portal.pages.RegisteredPage;
import si.utility.portal.pages.Registration;
import si.utility.portal.testsupport.AlsoOnServers;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestMailbox;

/**
 * The manual's own example, end to end in a browser: payer 1234 registers with invoice 12345678, activates
 * the account from the e-mail, logs in, accepts the consent and sees the landing page. The only test that
 * uses demo payer 1234, since a payer can register once.
 */
@AlsoOnServers
class RegistrationJourneyIT extends BrowserTest {

    private static final String PAYER_CODE = "1234";
    private static final String INVOICE_NUMBER = "12345678";
    private static final String EMAIL = "janez.novak@example.com";
    private static final String PASSWORD = "Zelenje-42-Velenje";

    @Test
    void payerRegistersActivatesFromTheMailConsentsAndSeesItsConsumptionPoints() {
        WebDriver driver = browser.driver();
        new Fixtures(base).awaitDemoData();

        RegisteredPage registered = RegisterPage.open(driver, base)
                .register(Registration.valid(PAYER_CODE, INVOICE_NUMBER, EMAIL, PASSWORD));
        assertThat(registered.text()).isEqualTo(slovenian("registered.text"));

        String activationLink = TestMailbox.awaitOne(EMAIL).link("/account/activate");
        assertThat(activationLink).startsWith(root() + "account/activate?token=");
        driver.get(activationLink);
        LoginPage login = new LoginPage(driver);
        assertThat(login.globalMessages()).containsExactly(slovenian("activate.done"));

        ConsentPage consent = login.logInExpectingConsent(PAYER_CODE, PASSWORD);
        HomePage home = consent.accept();

        assertThat(home.payerName()).isEqualTo("NOVAK JANEZ");
        assertThat(home.payerCode()).isEqualTo(PAYER_CODE);
        assertThat(home.greeting()).isEqualTo("NOVAK JANEZ");
        assertThat(home.pointCodes()).containsExactlyInAnyOrder("OM-100234", "OM-100235");
        assertThat(home.point("OM-100235").enterReadingButton()).isFalse();

        assertThat(home.logOut().loggedOutNotice()).isEqualTo(slovenian("login.loggedOut"));
        LoginPage afterLogout = LoginPage.byRequesting(driver, base, "");
        assertThat(afterLogout.currentUrl()).isEqualTo(root() + "account/login");
    }

    private String root() {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }
}
