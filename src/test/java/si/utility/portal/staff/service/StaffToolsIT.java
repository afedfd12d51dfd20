package si.utility.portal.staff.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.service.AccountAdministration;
import si.utility.portal.account.service.EmailChangeService;
import si.utility.portal.integration.importing.domain.ImportStatus;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.integration.importing.service.ImportIntake;
import si.utility.portal.integration.importing.service.ImportReport;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditEvent;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestBatch;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;

/**
 * The back office's outbox, e-mail change and import services against the real server and database: what each
 * refuses (writing nothing), and the one audit row of what it does.
 */
@ExtendWith(ArquillianExtension.class)
class StaffToolsIT {

    private static final String PASSWORD = "Zaledje-42-Preskus";
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(StaffFixtures.class, TestBatch.class);
    }

    @Inject
    StaffFixtures fixtures;

    @Inject
    TestData testData;

    @Inject
    OutboxAdministration outbox;

    @Inject
    AccountAdministration accounts;

    @Inject
    EmailChangeService emailChange;

    @Inject
    ImportIntake intake;

    @Inject
    BatchRecords batches;

    /** Only a given-up mail that still has its body goes back to the queue; a mail still retried is left alone. */
    @Test
    void onlyAGivenUpMailWithItsBodyIsSentAgainOnceWithOneAuditRow() {
        StaffMember clerk = clerk();
        String recipient = "znova-" + UUID.randomUUID() + "@example.si";
        long givenUp = fixtures.givenUpMail(recipient, "Vaše sporočilo smo prejeli.");
        long retrying = fixtures.retryingMail("v-teku-" + UUID.randomUUID() + "@example.si");
        long bodyless = fixtures.givenUpMail("brez-" + UUID.randomUUID() + "@example.si", "");

        assertThat(outbox.resend(clerk, retrying)).as("still retried: maybe held by a poller").isFalse();
        assertThat(outbox.resend(clerk, bodyless)).as("nothing left to send").isFalse();
        assertThat(outbox.resend(clerk, Long.MAX_VALUE)).as("no such mail").isFalse();
        assertThat(outbox.resend(clerk, givenUp)).isTrue();
        assertThat(outbox.resend(clerk, givenUp)).as("queued already").isFalse();

        assertThat(TestMailbox.awaitOne(recipient).text()).contains("Vaše sporočilo smo prejeli.");
        assertThat(fixtures.auditEventsOf(clerk.actor().id())).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.MAIL_RESENT);
            assertThat(event.getDetail()).isEqualTo("mail:" + givenUp);
        });
    }

    @Test
    void aClerksEmailChangeFollowsTheCustomersRulesMailsBothAddressesAndTakesEffectByTheLink() {
        StaffMember clerk = clerk();
        NewPayer customer = testData.newActiveAccount("Zelenje-42-Velenje", true);
        NewPayer other = testData.newActiveAccount("Zelenje-42-Velenje", true);
        PortalAccount account = testData.accountOf(customer.payerCode()).orElseThrow();
        String newEmail = "nov-" + customer.email();
        String reason = "pisna zahteva 2026/123";

        assertThat(keys(accounts.requestEmailChange(clerk.actor(), account.getId(), " " + other.email().toUpperCase(),
                reason))).containsExactly("newEmail=staff.customer.emailTaken");
        assertThat(keys(accounts.requestEmailChange(clerk.actor(), account.getId(), customer.email(), reason)))
                .containsExactly("newEmail=profile.emailUnchanged");
        assertThat(keys(accounts.requestEmailChange(clerk.actor(), account.getId(), "ni naslov", "x".repeat(201))))
                .containsExactly("newEmail=email.invalid", "reason=staff.customer.blockReasonTooLong");
        assertThat(fixtures.auditEventsOf(clerk.actor().id())).as("refused: nothing written").isEmpty();
        assertThat(testData.outboxMails(customer.email())).as("refused: nothing mailed").isZero();

        assertThat(accounts.requestEmailChange(clerk.actor(), account.getId(), newEmail.toUpperCase(), reason)
                .isEmpty()).isTrue();
        assertThat(TestMailbox.awaitOne(customer.email()).link("/profile/stop-email-change")).isNotBlank();
        String link = TestMailbox.awaitOne(newEmail).link("/profile/confirm-email");
        assertThat(testData.accountOf(customer.payerCode()).orElseThrow().getEmail()).as("until the link")
                .isEqualTo(customer.email());
        assertThat(fixtures.auditEventsOf(clerk.actor().id())).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.ACCOUNT_EMAIL_CHANGE_REQUESTED);
            assertThat(event.getAccountId()).isEqualTo(account.getId());
            assertThat(event.getDetail()).isEqualTo(reason);
        });

        assertThat(emailChange.confirm(link.substring(link.indexOf("token=") + "token=".length())))
                .isEqualTo(EmailChangeService.Outcome.CHANGED);
        assertThat(testData.accountOf(customer.payerCode()).orElseThrow().getEmail()).isEqualTo(newEmail);
        assertThat(fixtures.accountEventsOf(account.getId())).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.EMAIL_CHANGED);
            assertThat(event.getEmail()).isEqualTo(newEmail);
        });
    }

    @Test
    void batchesAreListedNewestFirstWithTheirCountsAndTheirRejectedRowsAPageAtATime() throws Exception {
        String key = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String id = TestBatch.randomId("staff");
        intake.submitArchive(new ByteArrayInputStream(new TestBatch(id)
                .csv("services", "delta", "external_id,code,name,unit", "S-" + key + ",U" + key + ",Voda,m3")
                .csv("prices", "delta", "external_id,service_external_id,valid_from,price,vat_rate",
                        "P-" + key + "-1,S-" + key + ",2026-01-01,minus,9.5",
                        "P-" + key + "-2,S-" + key + ",2026-02-01,1.5,9.5",
                        "P-" + key + "-3,S-" + key + ",2026-03-01,1.6,x").zip()));
        ImportReport report = awaitFinished(id);

        // Other test classes' batches share the database, some received under a clock a test moved on.
        List<BatchRecords.BatchLine> newest = batches.page(0, 20);
        assertThat(newest).contains(new BatchRecords.BatchLine(id, ImportStatus.DONE, report.receivedAt(), 2, 0, 0, 2));
        assertThat(newest).extracting(BatchRecords.BatchLine::receivedAt)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(batches.count()).isGreaterThanOrEqualTo(1);
        ImportReport progress = batches.progress(id).orElseThrow();
        assertThat(progress.totals()).as("the API's figures").isEqualTo(report.totals());
        assertThat(progress.rejectedRows()).as("paged instead").isEmpty();
        assertThat(batches.countRejected(id)).isEqualTo(2);
        assertThat(batches.rejected(id, 0, 1)).containsExactly(report.rejectedRows().get(0));
        assertThat(batches.rejected(id, 1, 1)).containsExactly(report.rejectedRows().get(1));
        assertThat(report.rejectedRows()).extracting(ImportReport.Rejection::line).containsExactly(2L, 4L);
        assertThat(batches.progress("no-such-batch")).isEmpty();
        assertThat(batches.rejected("no-such-batch", 0, 10)).isEmpty();
    }

    private StaffMember clerk() {
        StaffAccount clerk = fixtures.enrolled(StaffRole.CLERK, PASSWORD, SECRET);
        return new StaffMember(clerk.getId(), clerk.getName(), clerk.getRole(), "192.0.2.8");
    }

    private static java.util.List<String> keys(Violations violations) {
        return violations.asList().stream().map(v -> v.field() + "=" + v.messageKey()).toList();
    }

    private ImportReport awaitFinished(String id) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (batches.report(id).map(r -> !r.status().equals("done") && !r.status().equals("failed")).orElse(true)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("waited two minutes for batch " + id);
            }
            Thread.sleep(100);
        }
        return batches.report(id).orElseThrow();
    }
}
