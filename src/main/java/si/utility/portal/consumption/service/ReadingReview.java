package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingDecided;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.platform.validation.TextRules;
import si.utility.portal.platform.validation.Violations;

/**
 * The back office's review of readings customers confirmed although they looked implausible: the queue, a
 * reading with its meter's history, and the clerk's decision. An accepted reading counts from then on; a rejected
 * one never counts, also not as "previous", and the customer sees it marked with the reason. The customer is told
 * by e-mail, and the reading is exported again with its new status.
 */
@ApplicationScoped
public class ReadingReview {

    public static final String REASON = "reason";
    static final int HISTORY_SIZE = 12;
    static final int MAX_REASON_LENGTH = 200;

    /** A reading in the queue, with where and what it was entered for. */
    public record ReviewItem(long readingId, String pointCode, String address, String meterSerialNumber,
            LocalDate date, BigDecimal value, int decimals, String unit, LocalDateTime enteredAt,
            ReadingStatus status) {
    }

    /** One of the meter's readings, as the clerk compares them. */
    public record HistoryRow(LocalDate date, BigDecimal value, ReadingSource source, ReadingStatus status) {
    }

    public record ReviewCase(ReviewItem reading, List<HistoryRow> history) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ConsumptionMails mails;

    @Inject
    AuditLog audit;

    @Inject
    Event<ReadingDecided> decided;

    public List<ReviewItem> queue(int first, int size) {
        return em.createQuery(MeterReading.FIND_IN_REVIEW, MeterReading.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultStream()
                .map(ReadingReview::item)
                .toList();
    }

    /** The newest readings an account entered in the portal, whatever became of them: the customer card's. */
    public List<ReviewItem> enteredBy(long accountId, int max) {
        return em.createQuery(MeterReading.FIND_ENTERED_BY, MeterReading.class)
                .setParameter("accountId", accountId)
                .setMaxResults(max)
                .getResultStream()
                .map(ReadingReview::item)
                .toList();
    }

    public long count() {
        return em.createQuery(MeterReading.COUNT_IN_REVIEW, Long.class).getSingleResult();
    }

    /** A portal reading with the newest readings of its meter; empty when there is no such portal reading. */
    public Optional<ReviewCase> find(long readingId) {
        MeterReading reading = em.find(MeterReading.class, readingId);
        if (reading == null || reading.getSource() != ReadingSource.PORTAL) {
            return Optional.empty();
        }
        List<HistoryRow> history = em.createQuery(MeterReading.FIND_HISTORY_OF_METER, MeterReading.class)
                .setParameter("meterId", reading.getMeter().getId())
                .setMaxResults(HISTORY_SIZE)
                .getResultStream()
                .map(r -> new HistoryRow(r.getReadingDate(), r.getReadingValue(), r.getSource(), r.getStatus()))
                .toList();
        return Optional.of(new ReviewCase(item(reading), history));
    }

    /**
     * Accepts or rejects a reading under review; a rejection needs a reason the customer will read.
     *
     * @return the rules the decision broke ({@value #REASON}, or {@code decision} when the reading is no longer
     *         under review: another clerk decided first); nothing is written then
     */
    @Transactional
    public Violations decide(long readingId, boolean accept, String reason, Actor actor) {
        Violations violations = TextRules.check(REASON, reason, MAX_REASON_LENGTH,
                accept ? null : "staff.readings.reasonRequired", "staff.readings.reasonTooLong");
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        MeterReading reading = em.find(MeterReading.class, readingId);
        if (reading == null || reading.getSource() != ReadingSource.PORTAL
                || reading.getStatus() != ReadingStatus.PENDING_REVIEW) {
            violations.add("decision", "staff.readings.alreadyDecided");
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        reading.settle(accept ? ReadingStatus.ACCEPTED : ReadingStatus.REJECTED, cleanReason);
        PortalAccount account = reading.getEnteredBy() == null ? null
                : em.find(PortalAccount.class, reading.getEnteredBy());
        Meter meter = reading.getMeter();
        if (account != null) {
            mails.sendReviewDecision(account, meter.getConsumptionPoint(), meter, reading);
        }
        audit.record(actor, accept ? AuditAction.READING_ACCEPTED : AuditAction.READING_REJECTED,
                account == null ? null : account.getPayer().getId(), reading.getEnteredBy(), "reading:" + readingId);
        decided.fire(new ReadingDecided(readingId));
        return violations;
    }

    private static ReviewItem item(MeterReading reading) {
        Meter meter = reading.getMeter();
        ConsumptionPoint point = meter.getConsumptionPoint();
        return new ReviewItem(reading.getId(), point.getCode(),
                point.getAddress(), meter.getSerialNumber(),
                reading.getReadingDate(), reading.getReadingValue(), meter.getDecimals(),
                meter.getMedium().getUnit(), LocalDateTime.ofInstant(reading.getEnteredAt(), ClockProducer.ZONE),
                reading.getStatus());
    }
}
