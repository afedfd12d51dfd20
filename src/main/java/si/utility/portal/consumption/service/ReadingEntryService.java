package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.logging.Logger;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingRules.Doubt;
import si.utility.portal.consumption.domain.ReadingRules;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.consumption.domain.ReadingValue;
import si.utility.portal.consumption.domain.UsualUse;
import si.utility.portal.core.domain.DatePeriod;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.PayerPoint;
import si.utility.portal.platform.logging.LogSafe;
import si.utility.portal.platform.metrics.Metrics;
import si.utility.portal.platform.validation.Violations;

/**
 * Vnos števčnega stanja: checks a customer's meter reading, stores it with source PORTAL and queues the
 * confirmation e-mail in the same transaction. A re-sent form stores nothing twice: the service finds the
 * day's portal reading, and the unique key (meter, day, source) stops a concurrent twin.
 */
@ApplicationScoped
public class ReadingEntryService {

    private static final Logger LOG = Logger.getLogger(ReadingEntryService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Metrics metrics;

    @Inject
    ConsumptionPointService points;

    @Inject
    ReadingService readings;

    @Inject
    ConsumptionSettings settings;

    @Inject
    ConsumptionMails mails;

    @Inject
    Clock clock;

    /** An installed meter and its latest reading, as the entry form shows them. */
    public record MeterForEntry(long meterId, String serialNumber, String medium, String unit, int digits,
            int decimals, LocalDate previousDate, BigDecimal previousValue) {
    }

    public enum Outcome {
        /** Stored (or replaced today's entry) and the e-mail queued. */
        STORED,
        /** The same value for the same day was already stored: a re-sent form; nothing changed, no e-mail. */
        ALREADY_STORED,
        /** Nothing stored: the customer must confirm the doubts first. */
        NEEDS_CONFIRMATION
    }

    public record Result(Outcome outcome, Set<Doubt> doubts) {
    }

    /**
     * The point's installed meters; none when the point is no longer (or not yet) the payer's.
     *
     * @throws PointNotFoundException for another payer's point
     */
    public List<MeterForEntry> meters(long payerId, String code) {
        PayerPoint point = points.require(payerId, code);
        if (!points.isCurrent(point)) {
            return List.of();
        }
        return activeMeters(point).stream().map(meter -> {
            Optional<MeterReading> last = latest(point, meter, null);
            return new MeterForEntry(meter.getId(), meter.getSerialNumber(), meter.getMedium().name(),
                    meter.getMedium().getUnit(), meter.getDigits(), meter.getDecimals(),
                    last.map(MeterReading::getReadingDate).orElse(null),
                    last.map(MeterReading::getReadingValue).orElse(null));
        }).toList();
    }

    /**
     * Checks and stores a reading.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException when a rule is broken (nothing
     *         is stored), also when no meter was chosen, the point is not the payer's today, the date is before
     *         their move-in, or a concurrent submission of the same reading won the race
     * @throws PointNotFoundException when the point or meter is not the payer's, or the point has no meter
     */
    @Transactional
    public Result submit(long payerId, long accountId, String code, Long meterId, ReadingRules.Entry entry) {
        PayerPoint point = points.require(payerId, code);
        Optional<DatePeriod> own = point.periods().current(LocalDate.now(clock));
        if (own.isEmpty()) {
            LOG.info(() -> "Payer " + payerId + " posted a reading for " + LogSafe.quote(code)
                    + ", which is not theirs today");
            new Violations().add(ReadingRules.VALUE, "reading.notCurrentOccupant").throwIfAny();
        }
        if (meterId == null) {
            new Violations().add(ReadingRules.METER, "reading.meterRequired").throwIfAny();
        }
        Meter meter = activeMeters(point).stream().filter(m -> m.getId().equals(meterId)).findFirst()
                .orElseThrow(() -> {
                    LOG.warning(() -> "Payer " + payerId + " posted a reading for meter " + meterId + " at point "
                            + LogSafe.quote(code) + ", which has no such installed meter");
                    return new PointNotFoundException("No installed meter " + meterId + " at " + LogSafe.quote(code));
                });
        LocalDate day = ReadingRules.date(entry.date()).orElse(null);
        if (day != null && day.isBefore(own.get().first())) {
            // The day was someone else's (or the move-in reading's, which is the utility's).
            new Violations().add(ReadingRules.DATE, "reading.beforeMoveIn").throwIfAny();
        }
        Optional<MeterReading> sameDay = day == null ? Optional.empty() : portalReadingOn(meter, day);
        Optional<MeterReading> previous = latest(point, meter, sameDay.orElse(null));
        OptionalDouble usual = previous.isEmpty() ? OptionalDouble.empty()
                : UsualUse.dailyRateBefore(readings.intervals(point, points.meters(point), meter.getMedium(),
                        previous.get().getReadingDate().minusYears(1), previous.get().getReadingDate()),
                        previous.get().getReadingDate());
        ReadingRules.Context context = new ReadingRules.Context(meter.getDigits(), meter.getDecimals(),
                meter.getInstalledOn(), meter.getRemovedOn(),
                previous.map(r -> new ReadingValue(meter.getId(), r.getReadingDate(), r.getReadingValue())),
                sameDay.map(MeterReading::getReadingValue), usual, LocalDate.now(clock),
                settings.implausibleFactor());
        ReadingRules.Result checked = ReadingRules.check(entry, context);
        checked.violations().throwIfAny();
        if (!checked.doubts().isEmpty()) {
            return new Result(Outcome.NEEDS_CONFIRMATION, checked.doubts());
        }
        if (sameDay.isPresent() && sameDay.get().getReadingValue().compareTo(checked.value()) == 0) {
            return new Result(Outcome.ALREADY_STORED, Set.of());
        }
        Instant now = clock.instant();
        // A confirmed implausible value is kept, but the utility looks at it before billing.
        ReadingStatus status = entry.confirmedImplausible() && wasImplausible(entry, context)
                ? ReadingStatus.PENDING_REVIEW : ReadingStatus.ACCEPTED;
        MeterReading stored;
        if (sameDay.isPresent()) {
            stored = sameDay.get();
            stored.replaceValue(checked.value(), status, now, accountId);
        } else {
            stored = new MeterReading(meter, checked.date(), checked.value(), ReadingSource.PORTAL, status, now,
                    accountId);
            em.persist(stored);
        }
        try {
            em.flush();
        } catch (PersistenceException raceLost) {
            LOG.info(() -> "A concurrent submission already stored the reading of meter " + meterId + " on " + day);
            new Violations().add(ReadingRules.VALUE, "reading.alreadyStored").throwIfAny();
        }
        PortalAccount account = em.find(PortalAccount.class, accountId);
        mails.sendReadingConfirmation(account, point.point(), meter, stored);
        LOG.info(() -> "Portal reading stored for meter " + meter.getSerialNumber() + " at " + LogSafe.quote(code));
        metrics.count("portal.readings.entered", "status", status == ReadingStatus.ACCEPTED ? "accepted" : "review");
        return new Result(Outcome.STORED, Set.of());
    }

    private static boolean wasImplausible(ReadingRules.Entry entry, ReadingRules.Context context) {
        ReadingRules.Entry unconfirmed = new ReadingRules.Entry(entry.value(), entry.date(), false, true);
        return ReadingRules.check(unconfirmed, context).doubts().contains(Doubt.IMPLAUSIBLE);
    }

    private List<Meter> activeMeters(PayerPoint point) {
        if (!point.isMetered()) {
            return List.of();
        }
        return points.meters(point).stream().filter(m -> m.getRemovedOn() == null).toList();
    }

    /**
     * The meter's latest reading the payer sees (their move-in reading at the earliest), other than
     * {@code except} (the day's portal entry that is being replaced).
     */
    private Optional<MeterReading> latest(PayerPoint point, Meter meter, MeterReading except) {
        return ReadingDays.query(em, MeterReading.FIND_LATEST_OF_METER, MeterReading.class,
                        point.periods().readingDays())
                .setParameter("meterId", meter.getId())
                .setMaxResults(2)
                .getResultStream()
                .filter(r -> except == null || !r.getId().equals(except.getId()))
                .findFirst();
    }

    private Optional<MeterReading> portalReadingOn(Meter meter, LocalDate day) {
        return em.createNamedQuery(MeterReading.FIND_ON_DAY, MeterReading.class)
                .setParameter("meterId", meter.getId())
                .setParameter("date", day)
                .setParameter("source", ReadingSource.PORTAL)
                .getResultStream().findFirst();
    }
}
