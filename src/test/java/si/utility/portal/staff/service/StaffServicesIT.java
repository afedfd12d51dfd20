package si.utility.portal.staff.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.StringWriter;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditEvent;
import si.utility.portal.platform.audit.AuditFilter;
import si.utility.portal.platform.audit.AuditSearch;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;
import si.utility.portal.staff.service.StaffLoginResult.Outcome;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestClock;

/**
 * The back office's rules against the real server and database: what a clerk may not do, one audit row per
 * action, and the second factor's codes (the clock is stopped, so each test knows the current step).
 */
@ExtendWith(ArquillianExtension.class)
class StaffServicesIT {

    private static final String PASSWORD = "Zaledje-42-Preskus";
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String ADDRESS = "192.0.2.7";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(StaffFixtures.class);
    }

    @Inject
    StaffFixtures fixtures;

    @Inject
    StaffAdministration administration;

    @Inject
    StaffLoginService login;

    @Inject
    AuditSearch auditSearch;

    @Inject
    TestClock clock;

    @BeforeEach
    void stopClock() {
        clock.stop();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClerkIsRefusedEveryAdminActionEachRefusalIsAuditedOnceAndNothingChanges() {
        StaffAccount clerk = fixtures.enrolled(StaffRole.CLERK, PASSWORD, SECRET);
        StaffAccount other = fixtures.enrolled(StaffRole.CLERK, PASSWORD, SECRET);
        StaffMember asClerk = member(clerk);
        String invited = "invited-" + UUID.randomUUID() + "@staff.test";

        assertThatThrownBy(() -> administration.setDisabled(asClerk, other.getId(), true))
                .isInstanceOf(StaffActionRefusedException.class);
        assertThatThrownBy(() -> administration.changeRole(asClerk, other.getId(), StaffRole.ADMIN))
                .isInstanceOf(StaffActionRefusedException.class);
        assertThatThrownBy(() -> administration.resetSecondFactor(asClerk, other.getId()))
                .isInstanceOf(StaffActionRefusedException.class);
        assertThatThrownBy(() -> administration.invite(asClerk, invited, "Nekdo", StaffRole.ADMIN, Locale.ROOT))
                .isInstanceOf(StaffActionRefusedException.class);

        assertThat(fixtures.auditActionsOf("staff:" + clerk.getId())).containsExactly(
                AuditAction.STAFF_ACCESS_REFUSED, AuditAction.STAFF_ACCESS_REFUSED,
                AuditAction.STAFF_ACCESS_REFUSED, AuditAction.STAFF_ACCESS_REFUSED);
        StaffAccount unchanged = fixtures.reload(other.getId());
        assertThat(unchanged.isDisabled()).isFalse();
        assertThat(unchanged.getRole()).isEqualTo(StaffRole.CLERK);
        assertThat(unchanged.isTotpEnrolled()).isTrue();
    }

    @Test
    void everyAdminActionLeavesExactlyOneAuditRowAndAnAdminCannotChangeTheirOwnAccount() {
        StaffAccount admin = fixtures.enrolled(StaffRole.ADMIN, PASSWORD, SECRET);
        StaffAccount clerk = fixtures.enrolled(StaffRole.CLERK, PASSWORD, SECRET);
        StaffMember asAdmin = member(admin);

        administration.changeRole(asAdmin, clerk.getId(), StaffRole.ADMIN);
        administration.setDisabled(asAdmin, clerk.getId(), true);
        administration.setDisabled(asAdmin, clerk.getId(), false);
        administration.resetSecondFactor(asAdmin, clerk.getId());
        assertThat(administration.invite(asAdmin, "new-" + UUID.randomUUID() + "@staff.test", "Nova Referentka",
                StaffRole.CLERK, Locale.forLanguageTag("sl")).isEmpty()).isTrue();
        assertThatThrownBy(() -> administration.setDisabled(asAdmin, admin.getId(), true))
                .isInstanceOf(StaffActionRefusedException.class);

        assertThat(fixtures.auditActionsOf("staff:" + admin.getId())).containsExactly(
                AuditAction.STAFF_ROLE_CHANGED, AuditAction.STAFF_DISABLED, AuditAction.STAFF_ENABLED,
                AuditAction.STAFF_SECOND_FACTOR_RESET, AuditAction.STAFF_INVITED);
        StaffAccount changed = fixtures.reload(clerk.getId());
        assertThat(changed.getRole()).isEqualTo(StaffRole.ADMIN);
        assertThat(changed.isTotpEnrolled()).isFalse();
        assertThat(fixtures.reload(admin.getId()).isDisabled()).isFalse();
    }

    @Test
    void anInvitationWithBadFieldsIsExplainedPerFieldAndWritesNothing() {
        StaffAccount admin = fixtures.enrolled(StaffRole.ADMIN, PASSWORD, SECRET);

        assertThat(administration.invite(member(admin), "not an address", "x".repeat(1_000_000), null,
                Locale.ROOT).asList()).extracting(v -> v.field() + "=" + v.messageKey()).containsExactly(
                "email=staff.admin.emailInvalid", "name=staff.admin.nameTooLong", "role=staff.admin.roleRequired");
        assertThat(administration.invite(member(admin), admin.getEmail(), "Ime", StaffRole.CLERK, Locale.ROOT)
                .asList()).extracting(v -> v.messageKey()).containsExactly("staff.admin.emailTaken");
        assertThat(fixtures.auditActionsOf("staff:" + admin.getId())).isEmpty();
    }

    @Test
    void theRightCodeLogsInOnceThenTheSameCodeAndOlderCodesAreRefusedUntilFailuresMakeEvenTheRightOneWait() {
        StaffAccount staff = fixtures.enrolled(StaffRole.CLERK, PASSWORD, SECRET);
        long step = TotpCodes.stepAt(clock.instant());

        StaffLoginResult first = login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step), ADDRESS);
        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(first.staffId()).isEqualTo(staff.getId());

        assertThat(login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step), ADDRESS).outcome())
                .as("the same code again").isEqualTo(Outcome.INVALID);
        assertThat(login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step - 1), ADDRESS).outcome())
                .as("the step before, after a later one was used").isEqualTo(Outcome.INVALID);
        assertThat(login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step - 2), ADDRESS).outcome())
                .as("a code older than the window").isEqualTo(Outcome.INVALID);
        assertThat(login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step + 1), ADDRESS).outcome())
                .as("three failures: even the right code waits").isEqualTo(Outcome.THROTTLED);

        assertThat(fixtures.auditActionsOf("staff:" + staff.getId())).containsExactly(AuditAction.STAFF_LOGIN,
                AuditAction.STAFF_LOGIN_FAILED, AuditAction.STAFF_LOGIN_FAILED, AuditAction.STAFF_LOGIN_FAILED,
                AuditAction.STAFF_LOGIN_THROTTLED);
    }

    @Test
    void theNextStepsCodeIsAcceptedOnceAfterTheCurrentOne() {
        StaffAccount staff = fixtures.enrolled(StaffRole.CLERK, PASSWORD, SECRET);
        long step = TotpCodes.stepAt(clock.instant());

        assertThat(login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step), ADDRESS).succeeded())
                .isTrue();
        assertThat(login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step + 1), ADDRESS).succeeded())
                .isTrue();
        assertThat(login.verify(staff.getEmail(), PASSWORD, TotpCodes.code(SECRET, step + 1), ADDRESS).succeeded())
                .isFalse();
    }

    @Test
    void aDisabledAccountOrAWrongPasswordIsRefusedWithTheSameAnswerAsAnUnknownAddress() {
        StaffAccount staff = fixtures.enrolled(StaffRole.ADMIN, PASSWORD, SECRET);
        StaffAccount admin = fixtures.enrolled(StaffRole.ADMIN, PASSWORD, SECRET);
        administration.setDisabled(member(admin), staff.getId(), true);
        String code = TotpCodes.code(SECRET, TotpCodes.stepAt(clock.instant()));

        StaffLoginResult disabled = login.verify(staff.getEmail(), PASSWORD, code, ADDRESS);
        StaffLoginResult wrongPassword = login.verify(admin.getEmail(), PASSWORD + "x", code, ADDRESS);
        StaffLoginResult unknown = login.verify("nobody-" + UUID.randomUUID() + "@staff.test", PASSWORD, code,
                ADDRESS);

        assertThat(disabled).isEqualTo(wrongPassword).isEqualTo(unknown);
        assertThat(disabled.outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void theAuditSearchFindsAnActorsRowsNewestFirstAndExportsThemAsCsv() {
        StaffAccount admin = fixtures.enrolled(StaffRole.ADMIN, PASSWORD, SECRET);
        StaffAccount clerk = fixtures.enrolled(StaffRole.CLERK, PASSWORD, SECRET);
        administration.setDisabled(member(admin), clerk.getId(), true);
        administration.setDisabled(member(admin), clerk.getId(), false);
        AuditFilter byAdmin = new AuditFilter(null, null, null, "staff:" + admin.getId(), null);

        assertThat(auditSearch.count(byAdmin)).isEqualTo(2);
        assertThat(auditSearch.page(byAdmin, 0, 10)).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.STAFF_ENABLED, AuditAction.STAFF_DISABLED);
        assertThat(auditSearch.page(new AuditFilter(null, null, AuditAction.STAFF_DISABLED,
                "staff:" + admin.getId(), null), 0, 10)).hasSize(1);
        StringWriter csv = new StringWriter();
        assertThat(auditSearch.export(byAdmin, csv)).isEqualTo(2);
        assertThat(csv.toString().split("\r\n")).hasSize(3)
                .startsWith(String.join(",", AuditSearch.CSV_COLUMNS));
        assertThat(csv.toString()).contains(",staff:" + admin.getId() + ",STAFF_ENABLED,,,192.0.2.7,staff:"
                + clerk.getId());
    }

    private static StaffMember member(StaffAccount staff) {
        return new StaffMember(staff.getId(), staff.getName(), staff.getRole(), ADDRESS);
    }
}
