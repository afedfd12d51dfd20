package si.utility.portal.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.account.domain.AccountStatus;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestClock;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/** Registration, activation and password reset on Payara with Derby; mail read back from GreenMail. */
@ExtendWith(ArquillianExtension.class)
class AccountLifecycleIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";
    /** Each test its own client address, so the per-address limits of one test never reach another. */
    private final String client = "test-" + UUID.randomUUID();
    private static final Locale SLOVENIAN = Locale.forLanguageTag("sl");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RegistrationService registration;

    @Inject
    ActivationService activation;

    @Inject
    PasswordResetService passwordReset;

    @Inject
    LoginService login;

    @Inject
    TestData testData;

    @Inject
    TestClock clock;

    @Inject
    AccountSettings settings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registrationStoresInactiveAccountAndMailsSingleUseActivationLink() {
        NewPayer payer = testData.newPayer();

        registration.register(validForm(payer), true, client, SLOVENIAN);

        PortalAccount account = testData.accountOf(payer.payerCode()).orElseThrow();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(account.getPasswordHash()).startsWith("pbkdf2-sha256$600000$").doesNotContain(PASSWORD);
        ReceivedMail mail = TestMailbox.awaitOne(payer.email());
        assertThat(mail.subject()).contains("Aktivacija");
        assertThat(mail.text()).contains(payer.payerCode());
        assertThat(mail.html()).contains("<a href=");
        String token = tokenOf(mail.link("/account/activate"));

        assertThat(login.verify(payer.payerCode(), PASSWORD, client).outcome()).isEqualTo(LoginResult.Outcome.NOT_ACTIVATED);
        assertThat(activation.activate(token)).isEqualTo(Tokens.State.VALID);
        assertThat(testData.accountOf(payer.payerCode()).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(activation.activate(token)).isEqualTo(Tokens.State.USED);
        assertThat(login.verify(payer.email(), PASSWORD, client).succeeded()).isTrue();
    }

    @Test
    void wrongInvoiceNumberAndUnknownPayerGetTheSameMessageAndStoreNothing() {
        NewPayer payer = testData.newPayer();
        RegistrationForm wrongInvoice = new RegistrationForm(payer.payerCode(), "11111111", payer.email(), PASSWORD,
                PASSWORD, true);
        RegistrationForm unknownPayer = new RegistrationForm("999999999", payer.invoiceNumber(), payer.email(),
                PASSWORD, PASSWORD, true);

        assertRejected(wrongInvoice, RegistrationForm.INVOICE_NUMBER, "register.payerOrInvoiceMismatch");
        assertRejected(unknownPayer, RegistrationForm.INVOICE_NUMBER, "register.payerOrInvoiceMismatch");
        assertThat(testData.accountOf(payer.payerCode())).isEmpty();
    }

    @Test
    void eachBrokenRuleIsReportedOnItsFieldAndNothingIsStored() {
        NewPayer payer = testData.newPayer();
        String code = payer.payerCode();
        String invoice = payer.invoiceNumber();
        String email = payer.email();

        assertRejected(new RegistrationForm(code, invoice, "not-an-address", PASSWORD, PASSWORD, true),
                RegistrationForm.EMAIL, "email.invalid");
        assertRejected(new RegistrationForm(code, invoice, email, "Kratko1", "Kratko1", true),
                RegistrationForm.PASSWORD, "password.tooShort");
        assertRejected(new RegistrationForm(code, invoice, email, "brezvelikih1", "brezvelikih1", true),
                RegistrationForm.PASSWORD, "password.noCapital");
        assertRejected(new RegistrationForm(code, invoice, email, "Password123", "Password123", true),
                RegistrationForm.PASSWORD, "password.common");
        assertRejected(new RegistrationForm(code, invoice, email, email.toUpperCase(), email.toUpperCase(), true),
                RegistrationForm.PASSWORD, "password.sameAsLogin");
        String tooLong = "A" + "b".repeat(128);
        assertRejected(new RegistrationForm(code, invoice, email, tooLong, tooLong, true),
                RegistrationForm.PASSWORD, "password.tooLong");
        assertRejected(new RegistrationForm(code, invoice, email, PASSWORD, PASSWORD + "x", true),
                RegistrationForm.REPEAT_PASSWORD, "password.repeatMismatch");
        assertRejected(new RegistrationForm(code, invoice, email, PASSWORD, PASSWORD, false),
                RegistrationForm.TERMS, "register.termsRequired");

        assertThat(testData.accountOf(code)).isEmpty();
        assertThat(TestMailbox.read(email)).isEmpty();
    }

    @Test
    void aWrongCaptchaRevealsNothingAboutPayerInvoiceAccountOrEmail() {
        NewPayer registered = testData.newPayer();
        registration.register(validForm(registered), true, client, SLOVENIAN);
        NewPayer other = testData.newPayer();

        for (RegistrationForm form : List.of(
                validForm(registered),
                new RegistrationForm(other.payerCode(), other.invoiceNumber(), registered.email(), PASSWORD,
                        PASSWORD, true),
                new RegistrationForm(other.payerCode(), "11111111", other.email(), PASSWORD, PASSWORD, true))) {
            assertThatThrownBy(() -> registration.register(form, false, client, SLOVENIAN))
                    .isInstanceOfSatisfying(ValidationFailedException.class, refused ->
                            assertThat(refused.violations().asList()).containsExactly(
                                    new Violations.Violation(RegistrationForm.CAPTCHA, "captcha.wrong")));
        }
        assertThatThrownBy(() -> registration.register(new RegistrationForm(other.payerCode(),
                other.invoiceNumber(), "not-an-address", PASSWORD, PASSWORD, true), false, client, SLOVENIAN))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused ->
                        assertThat(refused.violations().asList()).containsExactlyInAnyOrder(
                                new Violations.Violation(RegistrationForm.EMAIL, "email.invalid"),
                                new Violations.Violation(RegistrationForm.CAPTCHA, "captcha.wrong")));
        assertThat(testData.accountOf(other.payerCode())).isEmpty();
    }

    @Test
    void failedAttemptsAreLimitedPerPayerCodeEvenWithTheRightInvoiceAfterwards() {
        NewPayer payer = testData.newPayer();
        RegistrationForm wrongInvoice = new RegistrationForm(payer.payerCode(), "11111111", payer.email(), PASSWORD,
                PASSWORD, true);
        for (int i = 0; i < settings.registrationAttemptsPerPayer(); i++) {
            assertRejected(wrongInvoice, "address-" + i + "-" + client, RegistrationForm.INVOICE_NUMBER,
                    "register.payerOrInvoiceMismatch");
        }

        assertRejected(validForm(payer), "another-address-" + client, RegistrationForm.PAYER_CODE,
                "register.tooManyAttempts");
        assertThat(testData.accountOf(payer.payerCode())).isEmpty();
    }

    @Test
    void failedAttemptsAreLimitedPerClientAddressWhateverThePayer() {
        for (int i = 0; i < settings.registrationAttemptsPerAddress(); i++) {
            assertRejected(new RegistrationForm("9" + i + "000", "11111111", "x" + i + "@example.com", PASSWORD,
                    PASSWORD, true), RegistrationForm.INVOICE_NUMBER, "register.payerOrInvoiceMismatch");
        }
        NewPayer payer = testData.newPayer();

        assertRejected(validForm(payer), RegistrationForm.PAYER_CODE, "register.tooManyAttempts");
        registration.register(validForm(payer), true, "another-" + client, SLOVENIAN);
        assertThat(testData.accountOf(payer.payerCode())).isPresent();
    }

    @Test
    void payerCodeIsReadTheSameWayAtRegistrationAndLogInWhateverItsCaseAndSpaces() {
        NewPayer payer = testData.newPayer("KP");
        String typed = "  " + payer.payerCode().toLowerCase(Locale.ROOT) + " ";

        registration.register(new RegistrationForm(typed, payer.invoiceNumber(), payer.email(), PASSWORD, PASSWORD,
                true), true, client, SLOVENIAN);
        activation.activate(tokenOf(TestMailbox.awaitOne(payer.email()).link("/account/activate")));

        assertThat(testData.accountOf(payer.payerCode())).isPresent();
        assertThat(login.verify(typed, PASSWORD, client).succeeded()).isTrue();
    }

    @Test
    void secondAccountForThePayerIsRefused() {
        NewPayer payer = testData.newPayer();
        registration.register(validForm(payer), true, client, SLOVENIAN);

        RegistrationForm again = new RegistrationForm(payer.payerCode(), payer.invoiceNumber(),
                "other-" + payer.email(), PASSWORD, PASSWORD, true);

        assertRejected(again, RegistrationForm.PAYER_CODE, "register.accountExists");
    }

    @Test
    void expiredActivationLinkSaysSoAndANewLinkWorks() {
        NewPayer payer = testData.newPayer();
        registration.register(validForm(payer), true, client, SLOVENIAN);
        String first = tokenOf(TestMailbox.awaitOne(payer.email()).link("/account/activate"));

        clock.advance(Duration.ofHours(48).plusMinutes(1));

        assertThat(activation.activate(first)).isEqualTo(Tokens.State.EXPIRED);
        activation.resendActivation(payer.payerCode());
        ReceivedMail second = TestMailbox.await(payer.email(), 2, Duration.ofSeconds(30)).get(1);
        assertThat(activation.activate(tokenOf(second.link("/account/activate")))).isEqualTo(Tokens.State.VALID);
        assertThat(activation.activate("not-a-token")).isEqualTo(Tokens.State.UNKNOWN);
    }

    @Test
    void passwordResetByPayerCodeSetsANewPasswordOnceAndFollowsThePasswordRules() {
        NewPayer payer = testData.newPayer();
        registration.register(validForm(payer), true, client, SLOVENIAN);
        activation.activate(tokenOf(TestMailbox.awaitOne(payer.email()).link("/account/activate")));

        passwordReset.requestReset(payer.payerCode());
        ReceivedMail mail = TestMailbox.await(payer.email(), 2, Duration.ofSeconds(30)).get(1);
        String token = tokenOf(mail.link("/account/reset-password"));

        assertThatThrownBy(() -> passwordReset.resetPassword(token, "slabo", "slabo"))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(passwordReset.checkToken(token)).isEqualTo(Tokens.State.VALID);
        assertThat(passwordReset.resetPassword(token, "Novo-Geslo-2026", "Novo-Geslo-2026"))
                .isEqualTo(Tokens.State.VALID);
        assertThat(login.verify(payer.payerCode(), "Novo-Geslo-2026", client).succeeded()).isTrue();
        assertThat(login.verify(payer.payerCode(), PASSWORD, client).succeeded()).isFalse();
        assertThat(passwordReset.resetPassword(token, "Tretje-Geslo-9", "Tretje-Geslo-9"))
                .isEqualTo(Tokens.State.USED);
    }

    @Test
    void passwordResetLinkExpiresAfterAnHourAndUnknownLoginGetsNoMail() {
        NewPayer payer = testData.newPayer();
        registration.register(validForm(payer), true, client, SLOVENIAN);
        passwordReset.requestReset(payer.email());
        String token = tokenOf(TestMailbox.await(payer.email(), 2, Duration.ofSeconds(30)).get(1)
                .link("/account/reset-password"));

        clock.advance(Duration.ofMinutes(61));

        assertThat(passwordReset.resetPassword(token, "Novo-Geslo-2026", "Novo-Geslo-2026"))
                .isEqualTo(Tokens.State.EXPIRED);
        passwordReset.requestReset("nobody-" + payer.email());
        assertThat(TestMailbox.read("nobody-" + payer.email())).isEmpty();
    }

    private static RegistrationForm validForm(NewPayer payer) {
        return new RegistrationForm(payer.payerCode(), payer.invoiceNumber(), payer.email(), PASSWORD, PASSWORD, true);
    }

    private void assertRejected(RegistrationForm form, String field, String messageKey) {
        assertRejected(form, client, field, messageKey);
    }

    private void assertRejected(RegistrationForm form, String address, String field, String messageKey) {
        assertThatThrownBy(() -> registration.register(form, true, address, SLOVENIAN))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused -> assertThat(
                        refused.violations().asList()).contains(new Violations.Violation(field, messageKey)));
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }
}
