package si.utility.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.english;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ConsentDeclinedPage;
import si.utility.portal.pages.ConsentPage;
import si.utility.portal.pages.HomePage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.RegisterPage;
import si.utility.portal.pages.Registration;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;

/** The account pages in a browser: registration errors, log-in, consent, return to the page asked for, language. */
class AccountPagesIT extends BrowserTest {

    private static final String PASSWORD = "Zelenje-42-Velenje";

    private WebDriver driver;
    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        driver = browser.driver();
        fixtures = new Fixtures(base);
    }

    /** One broken input of an otherwise valid registration, the field that must say so, and what it says. */
    enum BadInput {
        WRONG_INVOICE_NUMBER("invoiceNumber", "register.payerOrInvoiceMismatch", r -> r.withInvoiceNumber("11111111")),
        // Valid for the browser's type="email" check, so the portal's own rule (a dotted domain) is what refuses it.
        INVALID_EMAIL("email", "email.invalid", r -> r.withEmail("janez@localhost")),
        SHORT_PASSWORD("password", "password.tooShort", r -> r.withPassword("Kratko1")),
        PASSWORD_WITHOUT_CAPITAL("password", "password.noCapital", r -> r.withPassword("brez-velikih-42")),
        REPEAT_MISMATCH("repeatPassword", "password.repeatMismatch", r -> r.withRepeatPassword(PASSWORD + "x")),
        TERMS_NOT_ACCEPTED("terms", "register.termsRequired", Registration::withoutAcceptingTerms),
        WRONG_CAPTCHA("captcha", "captcha.wrong", r -> r.withCaptcha("WRONG"));

        final String field;
        final String messageKey;
        final UnaryOperator<Registration> breaker;

        BadInput(String field, String messageKey, UnaryOperator<Registration> breaker) {
            this.field = field;
            this.messageKey = messageKey;
            this.breaker = breaker;
        }
    }

    @ParameterizedTest
    @EnumSource(BadInput.class)
    void badRegistrationInputIsExplainedNextToItsFieldAndCreatesNoAccount(BadInput input) {
        NewPayer payer = fixtures.newPayer();

        RegisterPage page = RegisterPage.open(driver, base)
                .registerFailing(input.breaker.apply(Registration.valid(payer, PASSWORD)));

        assertThat(page.messageFor(input.field)).isEqualTo(slovenian(input.messageKey));
        assertThat(page.fieldsWithMessages()).containsExactly(input.field);
        assertThat(fixtures.accountStatus(payer.payerCode())).isEqualTo("none");
        assertThat(TestMailbox.read(payer.email())).isEmpty();
    }

    @Test
    void aWrongCaptchaShowsOnlyTheCaptchaMessageWhateverElseTheFormWouldReveal() {
        NewPayer registered = fixtures.newActiveAccount(PASSWORD, true);
        NewPayer other = fixtures.newPayer();

        RegisterPage page = RegisterPage.open(driver, base)
                .registerFailing(Registration.valid(registered, PASSWORD).withCaptcha("WRONG"));
        assertThat(page.fieldsWithMessages()).containsExactly("captcha");
        page = page.registerFailing(Registration.valid(other, PASSWORD).withInvoiceNumber("11111111")
                .withCaptcha("WRONG"));

        assertThat(page.fieldsWithMessages()).containsExactly("captcha");
        assertThat(page.messageFor("captcha")).isEqualTo(slovenian("captcha.wrong"));
        assertThat(fixtures.accountStatus(other.payerCode())).isEqualTo("none");
    }

    @Test
    void theTermsCheckboxSitsBesideItsLabelAtDesktopAndPhoneWidth() {
        for (int width : new int[] {360, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            assertThat(RegisterPage.open(driver, base).termsCheckboxBesideItsLabel()).as("%d px", width).isTrue();
        }
    }

    @Test
    void decliningConsentLogsOutAndTheConsentIsAskedAgainAtTheNextLogIn() {
        NewPayer payer = fixtures.newActiveAccount(PASSWORD, false);

        ConsentPage consent = LoginPage.open(driver, base).logInExpectingConsent(payer.payerCode(), PASSWORD);
        // The consent names the data controller from the configuration (portal.company.*).
        assertThat(consent.controllerText()).contains("Komunalno podjetje Velenje, d. o. o.",
                "Koroška cesta 37/b, 3320 Velenje", "portal@kp-velenje.si");
        ConsentDeclinedPage declined = consent.decline();
        assertThat(declined.text()).isEqualTo(slovenian("consent.declined"));

        LoginPage login = LoginPage.byRequesting(driver, base, "");
        assertThat(login.currentUrl()).endsWith("/account/login");
        login.logInExpectingConsent(payer.payerCode(), PASSWORD);
    }

    @Test
    void visitorAskingForAPageLogsInFirstAndThenGetsThatPage() {
        NewPayer payer = fixtures.newActiveAccount(PASSWORD, true);

        LoginPage login = LoginPage.byRequesting(driver, base, "?from=bookmark");
        assertThat(login.currentUrl()).endsWith("/account/login");
        HomePage home = login.logIn(payer.email(), PASSWORD);

        // The welcome page answers as "/" or "/index"; what counts is that the very request comes back.
        assertThat(home.currentUrl()).matches(Pattern.quote(base.toString()) + "(index)?\\?from=bookmark");
        assertThat(home.payerName()).isEqualTo(payer.name());
    }

    @Test
    void englishButtonShowsTheLoginPageInEnglish() {
        LoginPage login = LoginPage.open(driver, base);
        assertThat(login.labelOf("username")).isEqualTo(slovenian("login.username"));

        LoginPage english = login.switchToEnglish();

        assertThat(english.title()).isEqualTo(english("login.title"));
        assertThat(english.labelOf("username")).isEqualTo(english("login.username"));
        assertThat(english.labelOf("password")).isEqualTo(english("login.password"));
    }

    @Test
    void wrongPasswordGetsTheGenericMessageAndTheThirdFailureBringsTheCaptcha() {
        NewPayer payer = fixtures.newActiveAccount(PASSWORD, true);
        String invalid = slovenian("login.invalid");

        LoginPage login = LoginPage.open(driver, base).logInFailing(payer.payerCode(), "Napacno-Geslo-1");
        assertThat(login.globalMessages()).containsExactly(invalid);
        assertThat(login.captchaShown()).isFalse();
        // An unknown user name gets the very same answer, so the page does not tell who has an account.
        login = login.logInFailing("nobody-" + payer.email(), PASSWORD);
        assertThat(login.globalMessages()).containsExactly(invalid);

        login = login.logInFailing(payer.payerCode(), "Napacno-Geslo-2");
        assertThat(login.captchaShown()).isFalse();
        login = login.logInFailing(payer.payerCode(), "Napacno-Geslo-3");
        assertThat(login.globalMessages()).containsExactly(invalid);
        assertThat(login.captchaShown()).isTrue();

        // From now on even the right password needs the captcha.
        login = login.logInFailing(payer.payerCode(), PASSWORD, "");
        assertThat(login.messageFor("captcha")).isEqualTo(slovenian("captcha.wrong"));
        assertThat(login.captchaShown()).isTrue();
    }
}
