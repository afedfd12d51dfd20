package si.utility.portal.account.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.account.domain.AccountStatus;
import si.utility.portal.platform.retention.RetentionJob;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestClock;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;

/**
 * The account part of the retention run: accounts never activated within 30 days and one-time tokens expired
 * more than 7 days ago are deleted (the defaults of microprofile-config.properties), and nothing younger.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";
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
    RetentionJob retention;

    @Inject
    TestData testData;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAccountNeverActivatedIsDeletedAfter30DaysAndThePayerCanRegisterAgain() {
        NewPayer payer = testData.newPayer();
        registration.register(form(payer), true, "127.0.0.1", SLOVENIAN);
        TestMailbox.awaitOne(payer.email());

        clock.advance(Duration.ofDays(29));
        retention.runAll();
        assertThat(testData.accountOf(payer.payerCode())).as("kept for 30 days").isPresent();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        retention.runAll();
        assertThat(testData.accountOf(payer.payerCode())).as("deleted after 30 days").isEmpty();

        registration.register(form(payer), true, "127.0.0.1", SLOVENIAN);
        String link = TestMailbox.await(payer.email(), 2, Duration.ofSeconds(30)).get(1).link("/account/activate");
        assertThat(activation.activate(tokenOf(link))).isEqualTo(Tokens.State.VALID);
        assertThat(testData.accountOf(payer.payerCode()).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anAccountWhoseNewActivationLinkIsStillValidIsKeptUntilItExpires() {
        NewPayer payer = testData.newPayer();
        registration.register(form(payer), true, "127.0.0.1", SLOVENIAN);
        TestMailbox.awaitOne(payer.email());
        clock.advance(Duration.ofDays(29));
        activation.resendActivation(payer.payerCode());
        TestMailbox.await(payer.email(), 2, Duration.ofSeconds(30));

        clock.advance(Duration.ofDays(2).minusHours(1));
        retention.runAll();
        assertThat(testData.accountOf(payer.payerCode())).as("its 48-hour link is still valid").isPresent();

        clock.advance(Duration.ofHours(2));
        retention.runAll();
        assertThat(testData.accountOf(payer.payerCode())).as("deleted once the link expired").isEmpty();
    }

    @Test
    void anActivatedAccountIsKeptAndItsExpiredTokensAreDeletedAWeekAfterTheyExpired() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        passwordReset.requestReset(payer.payerCode());
        String token = tokenOf(TestMailbox.awaitOne(payer.email()).link("/account/reset-password"));

        clock.advance(Duration.ofDays(7));
        retention.runAll();
        assertThat(passwordReset.checkToken(token)).as("expired a week ago, still known").isEqualTo(Tokens.State.EXPIRED);

        clock.advance(Duration.ofDays(30));
        retention.runAll();
        assertThat(passwordReset.checkToken(token)).as("the token's row is gone").isEqualTo(Tokens.State.UNKNOWN);
        assertThat(testData.accountOf(payer.payerCode()).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    private static RegistrationForm form(NewPayer payer) {
        return new RegistrationForm(payer.payerCode(), payer.invoiceNumber(), payer.email(), PASSWORD, PASSWORD, true);
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }
}
