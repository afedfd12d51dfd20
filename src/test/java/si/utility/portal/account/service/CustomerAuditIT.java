package si.utility.portal.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.account.domain.ConsentDecision;
import si.utility.portal.account.domain.ConsentText;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditEvent;
import si.utility.portal.platform.audit.AuditFilter;
import si.utility.portal.platform.audit.AuditSearch;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.staff.domain.StaffRole;
import si.utility.portal.staff.service.ConsentAdministration;
import si.utility.portal.staff.service.StaffActionRefusedException;
import si.utility.portal.staff.service.StaffMember;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;

/**
 * A customer's own security events each leave exactly one audit row (who, payer, account, address, no personal
 * data), and the consent text versions: publishing, asking again, accepting the new version.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerAuditIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";
    private static final String NEW_PASSWORD = "Modro-43-Jezero";
    private static final String RESET_PASSWORD = "Rdece-44-Sonce";
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
    ConsentService consents;

    @Inject
    ConsentTexts texts;

    @Inject
    ProfileService profile;

    @Inject
    EmailChangeService emailChange;

    @Inject
    PasswordResetService passwordReset;

    @Inject
    ConsentAdministration consentAdministration;

    @Inject
    AuditSearch auditSearch;

    @Inject
    TestData testData;

    @Test
    void everySecurityEventOfACustomersAccountLeavesOneRowWithTheirIdsAndNoPersonalData() {
        NewPayer payer = testData.newPayer();
        String client = "test-" + UUID.randomUUID();
        registration.register(form(payer, payer.invoiceNumber()), true, client, SLOVENIAN);
        assertThat(activation.activate(tokenOf(TestMailbox.awaitOne(payer.email()).link("/account/activate"))))
                .isEqualTo(Tokens.State.VALID);
        PortalAccount account = testData.accountOf(payer.payerCode()).orElseThrow();
        long accountId = account.getId();
        consents.accept(accountId);
        profile.changePassword(accountId, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        emailChange.requestChange(accountId, NEW_PASSWORD, "ustavi-" + payer.email());
        assertThat(emailChange.stop(tokenOf(TestMailbox.awaitMatching(payer.email(),
                mail -> mail.text().contains("/profile/stop-email-change")).link("/profile/stop-email-change"))))
                .isEqualTo(EmailChangeService.Outcome.STOPPED);
        String newEmail = "nov-" + payer.email();
        emailChange.requestChange(accountId, NEW_PASSWORD, newEmail);
        assertThat(emailChange.confirm(tokenOf(TestMailbox.awaitOne(newEmail).link("/profile/confirm-email"))))
                .isEqualTo(EmailChangeService.Outcome.CHANGED);
        passwordReset.requestReset(newEmail);
        assertThat(passwordReset.resetPassword(tokenOf(TestMailbox.awaitMatching(newEmail,
                mail -> mail.text().contains("/account/reset-password")).link("/account/reset-password")),
                RESET_PASSWORD, RESET_PASSWORD)).isEqualTo(Tokens.State.VALID);
        consents.withdraw(accountId);

        List<AuditEvent> rows = rowsOf("customer:" + accountId);
        // CUSTOMER_LOGIN: the current password a profile change asks for goes through the log-in check.
        assertThat(rows).extracting(AuditEvent::getAction).containsExactly(
                AuditAction.CONSENT_WITHDRAWN, AuditAction.CUSTOMER_PASSWORD_RESET,
                AuditAction.EMAIL_CHANGE_CONFIRMED, AuditAction.EMAIL_CHANGE_REQUESTED, AuditAction.CUSTOMER_LOGIN,
                AuditAction.EMAIL_CHANGE_STOPPED, AuditAction.EMAIL_CHANGE_REQUESTED, AuditAction.CUSTOMER_LOGIN,
                AuditAction.CUSTOMER_PASSWORD_CHANGED, AuditAction.CUSTOMER_LOGIN,
                AuditAction.CONSENT_GIVEN, AuditAction.CUSTOMER_ACTIVATED, AuditAction.CUSTOMER_REGISTERED);
        long payerId = testData.payerId(payer.payerCode());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getPayerId()).isEqualTo(payerId);
            assertThat(row.getAccountId()).isEqualTo(accountId);
            assertThat(row.getClientAddress()).as("the request's address").isNotBlank();
            assertThat(String.valueOf(row.getDetail())).doesNotContain("@", PASSWORD, NEW_PASSWORD,
                    RESET_PASSWORD, payer.payerCode());
        });
        assertThat(rows.get(0).getDetail()).isEqualTo("version " + texts.currentVersion());
    }

    @Test
    void aRegistrationHeldBackByTheLimitForItsPayerIsAuditedOnceAsAnonymousFromItsAddress() {
        NewPayer payer = testData.newPayer();
        String client = "test-" + UUID.randomUUID();
        boolean heldBack = false;
        for (int attempt = 0; attempt < 10 && !heldBack; attempt++) {
            ValidationFailedException refused = catchThrowableOfType(ValidationFailedException.class,
                    () -> registration.register(form(payer, "NAPACEN-RACUN"), true, client, SLOVENIAN));
            heldBack = refused.violations().asList().stream()
                    .anyMatch(v -> v.messageKey().equals("register.tooManyAttempts"));
        }

        assertThat(heldBack).isTrue();
        List<AuditEvent> rows = auditSearch.page(new AuditFilter(null, null,
                AuditAction.CUSTOMER_REGISTRATION_THROTTLED, "anonymous", null), 0, 100).stream()
                .filter(row -> client.equals(row.getClientAddress())).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getDetail()).isNull();
    }

    @Test
    void aPublishedVersionMustBeAcceptedAgainIsAuditedAndAnOutdatedPageAcceptsNothing() {
        NewPayer payer = testData.newActiveAccount(PASSWORD, true);
        long accountId = testData.accountOf(payer.payerCode()).orElseThrow().getId();
        int before = texts.currentVersion();
        assertThat(consents.hasConsented(accountId)).isTrue();
        StaffMember admin = staffMember(StaffRole.ADMIN);

        ConsentText published = consentAdministration.publish(admin, " Novo <b>besedilo</b>\r\n\r\nDrugi ",
                "New text");

        assertThat(published.getNumber()).isEqualTo(before + 1);
        assertThat(texts.currentVersion()).isEqualTo(before + 1);
        assertThat(texts.current().getTextSl()).isEqualTo("Novo <b>besedilo</b>\n\nDrugi");
        assertThat(consents.hasConsented(accountId)).as("asked again").isFalse();
        assertThat(consents.accept(accountId, before)).as("the text shown before is no longer current").isFalse();
        assertThat(consents.hasConsented(accountId)).isFalse();
        assertThat(consents.accept(accountId, before + 1)).isTrue();
        assertThat(consents.hasConsented(accountId)).isTrue();
        assertThat(consents.history(accountId)).extracting(ConsentHistoryEntry::version,
                ConsentHistoryEntry::decision).startsWith(
                        tuple(before + 1, ConsentDecision.ACCEPTED),
                        tuple(before, ConsentDecision.ACCEPTED));
        assertThat(rowsOf(admin.actor().id())).extracting(AuditEvent::getAction, AuditEvent::getDetail)
                .containsExactly(tuple(AuditAction.CONSENT_VERSION_PUBLISHED,
                        "version " + (before + 1)));
    }

    @Test
    void aMissingOrOverlongTextOrAClerkPublishesNothingAndOnlyTheClerksAttemptIsAudited() {
        int before = texts.currentVersion();
        StaffMember admin = staffMember(StaffRole.ADMIN);
        StaffMember clerk = staffMember(StaffRole.CLERK);

        assertThat(catchThrowableOfType(ValidationFailedException.class,
                () -> consentAdministration.publish(admin, "  ", "x".repeat(4001))).violations().asList())
                .extracting(v -> v.field() + " " + v.messageKey())
                .containsExactly("textSl staff.consent.textRequired", "textEn staff.consent.textTooLong");
        assertThat(catchThrowableOfType(StaffActionRefusedException.class,
                () -> consentAdministration.publish(clerk, "Besedilo", "Text"))).isNotNull();

        assertThat(texts.currentVersion()).isEqualTo(before);
        assertThat(rowsOf(admin.actor().id())).isEmpty();
        assertThat(rowsOf(clerk.actor().id())).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.STAFF_ACCESS_REFUSED);
    }

    private StaffMember staffMember(StaffRole role) {
        return new StaffMember(testData.newStaffMember(role, PASSWORD).staffId(), "Test", role, "127.0.0.1");
    }

    private List<AuditEvent> rowsOf(String actor) {
        return auditSearch.page(new AuditFilter(null, null, null, actor, null), 0, 100);
    }

    private static RegistrationForm form(NewPayer payer, String invoiceNumber) {
        return new RegistrationForm(payer.payerCode(), invoiceNumber, payer.email(), PASSWORD, PASSWORD, true);
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }
}
