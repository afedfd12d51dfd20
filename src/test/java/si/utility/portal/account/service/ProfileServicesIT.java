package si.utility.portal.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.consumption.domain.ReadingRules;
import si.utility.portal.consumption.service.ReadingEntryService;
import si.utility.portal.contact.domain.ContactForm;
import si.utility.portal.contact.service.ContactService;
import si.utility.portal.platform.persistence.ChangedMeanwhileException;
import si.utility.portal.platform.privacy.PersonalDataExport;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.validation.Violations.Violation;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/** Moj profil and the GDPR export against the real server, database and mail. */
@ExtendWith(ArquillianExtension.class)
class ProfileServicesIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";
    /** Each test its own client address, so the per-address limits of one test never reach another. */
    private final String client = "test-" + UUID.randomUUID();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ProfileService profile;

    @Inject
    EmailChangeService emailChange;

    @Inject
    LoginService login;

    @Inject
    PasswordResetService passwordReset;

    @Inject
    ContactService contact;

    @Inject
    ReadingEntryService readings;

    @Inject
    PersonalDataExport export;

    @Inject
    TestData testData;

    @Test
    void newEmailTakesEffectOnlyAfterItsLinkIsFollowedAndTheOldAddressIsTold() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);
        long accountId = accountId(payer);
        String newEmail = "nov-" + payer.email();

        emailChange.requestChange(accountId, PASSWORD, newEmail.toUpperCase());

        assertThat(account(payer).getEmail()).isEqualTo(payer.email());
        String link = TestMailbox.awaitOne(newEmail).link("/profile/confirm-email");
        String token = URI.create(link).getQuery().substring("token=".length());
        assertThat(emailChange.confirm(token)).isEqualTo(EmailChangeService.Outcome.CHANGED);
        assertThat(account(payer).getEmail()).isEqualTo(newEmail);
        assertThat(emailChange.confirm(token)).as("single use").isEqualTo(EmailChangeService.Outcome.USED);
        assertThat(login.verify(newEmail, PASSWORD, client).succeeded()).isTrue();
        ReceivedMail notice = TestMailbox.awaitMatching(payer.email(), mail -> mail.text().contains("no***@"));
        assertThat(notice.text()).contains(payer.payerCode()).doesNotContain(newEmail);
    }

    @Test
    void anAddressOfAnotherAccountIsRefusedByMailToThatAddressOnlyAndTheFormAnswersAlike() {
        NewPayer me = testData.newActiveAccount(PASSWORD, true);
        NewPayer other = testData.newActiveAccount(PASSWORD, true);
        long accountId = accountId(me);

        emailChange.requestChange(accountId, PASSWORD, other.email());

        ReceivedMail notice = TestMailbox.awaitOne(other.email());
        assertThat(notice.text()).doesNotContain(me.payerCode(), other.payerCode(), "/profile/confirm-email");
        assertThat(account(me).getEmail()).isEqualTo(me.email());
        assertThat(TestMailbox.awaitOne(me.email()).text()).contains("/profile/stop-email-change")
                .doesNotContain(other.email());
    }

    @Test
    void theOldAddressHearsOfTheRequestAtOnceAndItsLinkStopsTheChange() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);
        String newEmail = "nov-" + payer.email();

        emailChange.requestChange(accountId(payer), PASSWORD, newEmail);

        ReceivedMail toOld = TestMailbox.awaitOne(payer.email());
        assertThat(toOld.text()).contains(payer.payerCode()).doesNotContain(newEmail);
        String stop = tokenOf(toOld.link("/profile/stop-email-change"));
        String confirm = tokenOf(TestMailbox.awaitOne(newEmail).link("/profile/confirm-email"));
        assertThat(emailChange.stop(stop)).isEqualTo(EmailChangeService.Outcome.STOPPED);
        assertThat(emailChange.stop(stop)).as("single use").isEqualTo(EmailChangeService.Outcome.USED);
        assertThat(emailChange.confirm(confirm)).isEqualTo(EmailChangeService.Outcome.USED);
        assertThat(account(payer).getEmail()).isEqualTo(payer.email());
    }

    @Test
    void aNewPasswordRetiresThePendingEmailChangeAndEveryOtherUnusedLink() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);
        String thiefsAddress = "tat-" + payer.email();
        emailChange.requestChange(accountId(payer), PASSWORD, thiefsAddress);
        String confirm = tokenOf(TestMailbox.awaitOne(thiefsAddress).link("/profile/confirm-email"));
        passwordReset.requestReset(payer.payerCode());
        String reset = tokenOf(TestMailbox.awaitMatching(payer.email(),
                mail -> mail.text().contains("/account/reset-password")).link("/account/reset-password"));

        profile.changePassword(accountId(payer), PASSWORD, "Novo-Geslo-2026", "Novo-Geslo-2026");

        assertThat(emailChange.confirm(confirm)).isEqualTo(EmailChangeService.Outcome.USED);
        assertThat(passwordReset.checkToken(reset)).isEqualTo(Tokens.State.USED);
        assertThat(account(payer).getEmail()).isEqualTo(payer.email());
    }

    @Test
    void aPasswordResetRetiresThePendingEmailChange() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);
        String thiefsAddress = "tat-" + payer.email();
        emailChange.requestChange(accountId(payer), PASSWORD, thiefsAddress);
        String confirm = tokenOf(TestMailbox.awaitOne(thiefsAddress).link("/profile/confirm-email"));
        passwordReset.requestReset(payer.email());
        String reset = tokenOf(TestMailbox.awaitMatching(payer.email(),
                mail -> mail.text().contains("/account/reset-password")).link("/account/reset-password"));

        assertThat(passwordReset.resetPassword(reset, "Novo-Geslo-2026", "Novo-Geslo-2026"))
                .isEqualTo(Tokens.State.VALID);

        assertThat(emailChange.confirm(confirm)).isEqualTo(EmailChangeService.Outcome.USED);
        assertThat(account(payer).getEmail()).isEqualTo(payer.email());
    }

    @Test
    void emailChangeNeedsTheCurrentPassword() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);

        ValidationFailedException refused = catchThrowableOfType(ValidationFailedException.class,
                () -> emailChange.requestChange(accountId(payer), "Napacno-Geslo-1", "drug-" + payer.email()));

        assertThat(refused.violations().asList())
                .containsExactly(new Violation(CurrentPassword.FIELD, "profile.currentPasswordWrong"));
        assertThat(TestMailbox.read("drug-" + payer.email())).isEmpty();
    }

    @Test
    void passwordChangeFollowsTheRulesEndsEverySessionAndIsToldByMail() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);
        long accountId = accountId(payer);
        int before = account(payer).getSessionVersion();

        ValidationFailedException weak = catchThrowableOfType(ValidationFailedException.class,
                () -> profile.changePassword(accountId, PASSWORD, "kratko", "kratko"));
        assertThat(weak.violations().asList()).containsExactly(new Violation("newPassword", "password.tooShort"));
        assertThat(account(payer).getSessionVersion()).isEqualTo(before);

        int after = profile.changePassword(accountId, PASSWORD, "Novo-Geslo-2026", "Novo-Geslo-2026");

        assertThat(after).isGreaterThan(before);
        assertThat(account(payer).getSessionVersion()).isEqualTo(after);
        assertThat(login.verify(payer.payerCode(), "Novo-Geslo-2026", client).succeeded()).isTrue();
        assertThat(login.verify(payer.payerCode(), PASSWORD, client).succeeded()).isFalse();
        assertThat(TestMailbox.awaitOne(payer.email()).text()).contains(payer.payerCode());
    }

    @Test
    void displayNameChangesOnlyThePortalName() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);

        assertThat(profile.changeDisplayName(accountId(payer), account(payer).getVersion(), "  Janez  "))
                .isEqualTo("Janez");

        PortalAccount account = account(payer);
        assertThat(account.getDisplayName()).isEqualTo("Janez");
        assertThat(account.getPayer().getName()).isEqualTo(payer.name());
    }

    @Test
    void aDisplayNameSavedFromAFormShownBeforeAnotherChangeIsRefusedAndTheOtherChangeStays() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);
        long shownToBoth = account(payer).getVersion();
        profile.changeDisplayName(accountId(payer), shownToBoth, "Prvo okno");

        assertThat(catchThrowableOfType(ChangedMeanwhileException.class,
                () -> profile.changeDisplayName(accountId(payer), shownToBoth, "Drugo okno"))).isNotNull();

        assertThat(account(payer).getDisplayName()).isEqualTo("Prvo okno");
        assertThat(account(payer).getVersion()).isEqualTo(shownToBoth + 1);
    }

    @Test
    void theExportHoldsExactlyThisAccountsData() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);
        MeteredCustomer other = testData.newMeteredCustomer(PASSWORD, 12);
        for (MeteredCustomer customer : new MeteredCustomer[] {me, other}) {
            contact.send(customer.accountId(), new ContactForm("Janez", customer.email(),
                    "Sporočilo " + customer.payerCode(), UUID.randomUUID().toString()));
            readings.submit(customer.payerId(), customer.accountId(), customer.pointCode(), customer.meterId(),
                    new ReadingRules.Entry("220,5", testData.today().toString(), false, false));
        }

        JsonObject data = export.export(me.accountId(), me.payerId());

        assertThat(data.keySet()).containsExactly("exportedAt", "account", "consents", "contactMessages",
                "meterReadings");
        assertThat(data.getJsonObject("account").getString("payerCode")).isEqualTo(me.payerCode());
        assertThat(data.getJsonObject("account").getString("email")).isEqualTo(me.email());
        assertThat(data.getJsonObject("account").containsKey("passwordHash")).isFalse();
        assertThat(data.getJsonArray("consents")).singleElement()
                .satisfies(c -> assertThat(((JsonObject) c).getString("decision")).isEqualTo("ACCEPTED"));
        assertThat(data.getJsonArray("contactMessages").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("message")).containsExactly("Sporočilo " + me.payerCode());
        assertThat(data.getJsonArray("meterReadings").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("consumptionPoint")).containsExactly(me.pointCode());
        assertThat(data.toString()).doesNotContain(other.payerCode());
    }

    private long accountId(NewPayer payer) {
        return account(payer).getId();
    }

    /** Read in a transaction of its own, as a later request would see the account. */
    private PortalAccount account(NewPayer payer) {
        return testData.accountOf(payer.payerCode()).orElseThrow();
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }
}
