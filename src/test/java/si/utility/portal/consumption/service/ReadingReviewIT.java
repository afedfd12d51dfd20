package si.utility.portal.consumption.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.consumption.domain.ReadingRules;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.consumption.service.ReadingEntryService.Outcome;
import si.utility.portal.consumption.service.ReadingReview.ReviewItem;
import si.utility.portal.consumption.service.ReadingService.ReadingRow;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.integration.export.ExportKind;
import si.utility.portal.integration.export.ExportStamping;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.ExchangeFixtures;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestMailbox;

/**
 * The back office's review of readings against the real server: the queue, a decision and what follows from it
 * (the customer's table and mail, consumption, the export, the audit row).
 */
@ExtendWith(ArquillianExtension.class)
class ReadingReviewIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";
    private static final Actor CLERK = Actor.staff(7, "192.0.2.9");
    private static final String POSITION =
            "SELECT e.position FROM ExportEntry e WHERE e.stream = 'readings' AND e.recordId = :id";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ReadingReview review;

    @Inject
    ReadingEntryService entries;

    @Inject
    ReadingService readings;

    @Inject
    ExportStamping stamping;

    @Inject
    TestData testData;

    @Inject
    ExchangeFixtures database;

    @Test
    void aRejectedReadingIsShownWithItsReasonCountsForNothingIsMailedAndExportedAgain() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);
        long id = testData.newReadingInReview(me.meterId(), new BigDecimal("900"), me.accountId());
        assertThat(review.queue(0, 100)).extracting(ReviewItem::readingId).contains(id);
        while (stamping.stampBatch(ExportKind.READINGS) > 0) {
            // every reading so far has its export position
        }
        long positionBefore = exportPosition(id);

        assertThat(review.decide(id, false, "   ", CLERK).asList()).extracting(v -> v.messageKey())
                .containsExactly("staff.readings.reasonRequired");
        assertThat(review.decide(id, false, "r".repeat(201), CLERK).asList()).extracting(v -> v.messageKey())
                .containsExactly("staff.readings.reasonTooLong");
        assertThat(review.decide(id, false, "Števec kaže 220.", CLERK).isEmpty()).isTrue();
        assertThat(review.decide(id, true, null, CLERK).asList()).extracting(v -> v.field())
                .as("a second decision").containsExactly("decision");

        assertThat(review.queue(0, 100)).extracting(ReviewItem::readingId).doesNotContain(id);
        List<ReadingRow> rows = readings.readings(me.payerId(), me.pointCode(), Medium.COLD_WATER, 0, 2);
        assertThat(rows).extracting(r -> r.value().stripTrailingZeros().toPlainString(), ReadingRow::status,
                ReadingRow::reason, ReadingRow::consumption).containsExactly(
                tuple("900", ReadingStatus.REJECTED, "Števec kaže 220.", null), tuple("220", ReadingStatus.ACCEPTED,
                        null, new BigDecimal("10.000")));
        assertThat(entries.meters(me.payerId(), me.pointCode())).singleElement().as("the previous reading")
                .satisfies(m -> assertThat(m.previousValue()).isEqualByComparingTo("220"));
        assertThat(TestMailbox.awaitOne(me.email()).text()).contains("Števec kaže 220.", "900", "m³");

        assertThat(database.query(POSITION, Long.class, "id", id)).as("export position dropped").isEmpty();
        stamping.stampBatch(ExportKind.READINGS);
        assertThat(exportPosition(id)).isGreaterThan(positionBefore);
        assertThat(database.query("SELECT e.action FROM AuditEvent e WHERE e.actor = 'staff:7' AND e.detail = :d",
                AuditAction.class, "d", "reading:" + id)).containsExactly(AuditAction.READING_REJECTED);
    }

    @Test
    void anAcceptedReadingCountsFromThenOn() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);
        ReadingRules.Entry implausible = new ReadingRules.Entry("900", testData.today().minusDays(1).toString(),
                true, false);
        assertThat(entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), implausible)
                .outcome()).isEqualTo(Outcome.STORED);
        long id = review.queue(0, 100).stream().filter(item -> item.pointCode().equals(me.pointCode()))
                .findFirst().orElseThrow().readingId();

        assertThat(review.decide(id, true, null, CLERK).isEmpty()).isTrue();

        assertThat(readings.readings(me.payerId(), me.pointCode(), Medium.COLD_WATER, 0, 1)).singleElement()
                .satisfies(row -> assertThat(row.consumption()).isEqualByComparingTo("680"));
    }

    private long exportPosition(long readingId) {
        return database.query(POSITION, Long.class, "id", readingId).get(0);
    }
}
