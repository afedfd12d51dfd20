package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import si.utility.portal.consumption.domain.ChartRange;
import si.utility.portal.consumption.domain.ConsumptionApportioning;
import si.utility.portal.consumption.domain.ConsumptionInterval;
import si.utility.portal.consumption.domain.LeakWarning;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.PeriodConsumption;
import si.utility.portal.consumption.domain.PeriodKind;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.consumption.domain.ReadingValue;
import si.utility.portal.consumption.service.ReadingDays.Order;
import si.utility.portal.consumption.service.ReadingDays.Range;
import si.utility.portal.core.domain.DatePeriod;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.PayerPeriods;
import si.utility.portal.core.domain.PayerPoint;

/**
 * Odčitki in poraba: the readings of a point, paged in the database, and consumption by period. The chart
 * reads only the readings of its range (and the year before, for comparison) plus one reading on each side.
 */
@ApplicationScoped
public class ReadingService {

    /** Export reads the table in pages of this size, so memory stays flat however long the history. */
    private static final int EXPORT_PAGE = 500;
    /** The largest page of the readings table a request can ask for. */
    static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ConsumptionPointService points;

    @Inject
    ConsumptionSettings settings;

    @Inject
    Clock clock;

    /**
     * One line of the readings table; {@code consumption} is empty for a meter's first reading and for a reading
     * under review, which is shown (marked) but counts only once the utility accepted it, or rejected, which is
     * shown with the utility's {@code reason} and never counts. Value and consumption are shown with the meter's
     * {@code decimals}.
     */
    public record ReadingRow(LocalDate date, BigDecimal value, ReadingSource source, String meterSerialNumber,
            BigDecimal consumption, ReadingStatus status, String reason, int decimals) implements Serializable {

        public boolean underReview() {
            return status == ReadingStatus.PENDING_REVIEW;
        }

        public boolean rejected() {
            return status == ReadingStatus.REJECTED;
        }
    }

    /**
     * Consumption by period for one medium, and a possible leak; amounts are shown with {@code decimals}, the
     * most any of the point's meters of that medium has.
     */
    public record ConsumptionChart(Medium medium, PeriodKind kind, List<PeriodConsumption> periods,
            Optional<LeakWarning> leakWarning, int decimals) {
    }

    /** The media the point's meters measure, in a fixed order; a chart never mixes units. */
    public List<Medium> media(long payerId, String code) {
        PayerPoint point = points.require(payerId, code);
        return points.meters(point).stream().map(m -> m.getMedium()).distinct().sorted().toList();
    }

    public long countReadings(long payerId, String code, Medium medium) {
        PayerPoint point = points.require(payerId, code);
        return ReadingDays.query(em, MeterReading.COUNT_BY_POINT_AND_MEDIUM, Long.class,
                        point.periods().readingDays())
                .setParameter("pointId", point.getId())
                .setParameter("medium", medium)
                .getSingleResult();
    }

    /**
     * Newest first. One row more than asked is read, to give the page's last row its consumption. A first row
     * below 0 reads from the start and the page size is held to 1..{@value #MAX_PAGE}: whatever a forged paging
     * request asks, the database is asked for a sane page.
     */
    public List<ReadingRow> readings(long payerId, String code, Medium medium, int first, int pageSize) {
        PayerPoint point = points.require(payerId, code);
        return page(point, medium, Math.max(0, first), Math.min(Math.max(1, pageSize), MAX_PAGE));
    }

    /** Every reading of the medium, newest first, read page by page. */
    public void exportReadings(long payerId, String code, Medium medium, Consumer<ReadingRow> sink) {
        PayerPoint point = points.require(payerId, code);
        for (int first = 0; ; first += EXPORT_PAGE) {
            List<ReadingRow> page = page(point, medium, first, EXPORT_PAGE);
            page.forEach(sink);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    private List<ReadingRow> page(PayerPoint point, Medium medium, int first, int pageSize) {
        List<MeterReading> found = ReadingDays.query(em, MeterReading.FIND_BY_POINT_AND_MEDIUM, MeterReading.class,
                        point.periods().readingDays())
                .setParameter("pointId", point.getId())
                .setParameter("medium", medium)
                .setFirstResult(first)
                .setMaxResults(pageSize + 1)
                .getResultList();
        List<ReadingRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(pageSize, found.size()); i++) {
            MeterReading reading = found.get(i);
            BigDecimal consumption = reading.isAccepted()
                    ? previousCounted(point.periods(), found, i).map(before -> reading.getReadingValue()
                            .subtract(before.getReadingValue())).orElse(null)
                    : null;
            rows.add(new ReadingRow(reading.getReadingDate(), reading.getReadingValue(), reading.getSource(),
                    reading.getMeter().getSerialNumber(), consumption, reading.getStatus(), reading.getResultReason(),
                    reading.getMeter().getDecimals()));
        }
        return rows;
    }

    /**
     * The accepted reading of the same meter that comes next in the table (older), skipping readings under
     * review; another meter's reading first means a replaced meter, which starts its own series, and so does the
     * first reading of another of the payer's periods (the days between were someone else's). Only when the rows
     * read end in readings under review is the database asked once more, within the reading's period.
     */
    private Optional<MeterReading> previousCounted(PayerPeriods periods, List<MeterReading> found, int index) {
        MeterReading reading = found.get(index);
        int series = periods.readingSeries(reading.getReadingDate()).orElseThrow();
        for (int i = index + 1; i < found.size(); i++) {
            MeterReading older = found.get(i);
            if (!older.getMeter().getId().equals(reading.getMeter().getId())
                    || periods.readingSeries(older.getReadingDate()).orElseThrow() != series) {
                return Optional.empty();
            }
            if (older.isAccepted()) {
                return Optional.of(older);
            }
        }
        return ReadingDays.query(em, MeterReading.FIND_COUNTED_BEFORE_IN_TABLE, MeterReading.class,
                        List.of(periods.readingDays().get(series)))
                .setParameter("meterId", reading.getMeter().getId())
                .setParameter("date", reading.getReadingDate())
                .setParameter("id", reading.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Consumption by period over the months {@code [from, to]}, each beside the same period a year earlier,
     * and the leak warning for the latest readings. Readings under review do not count.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException for a range {@link ChartRange}
     *         refuses
     */
    @Transactional
    public ConsumptionChart chart(long payerId, String code, Medium medium, PeriodKind kind, YearMonth from,
            YearMonth to) {
        ChartRange range = ChartRange.check(from, to, YearMonth.now(clock));
        PayerPoint point = points.require(payerId, code);
        List<Meter> meters = points.meters(point);
        LocalDate start = kind.startOf(range.from().atDay(1));
        LocalDate end = kind.next(kind.startOf(range.to().atDay(1))).minusDays(1);
        List<ConsumptionInterval> intervals = intervals(point, meters, medium, start.minusYears(1), end);
        List<PeriodConsumption> periods = ConsumptionApportioning.byPeriod(intervals, kind, start, end);
        int decimals = meters.stream().filter(m -> m.getMedium() == medium)
                .mapToInt(Meter::getDecimals).max().orElse(0);
        return new ConsumptionChart(medium, kind, periods, leakWarning(point, meters, medium, intervals,
                start.minusYears(1), end), decimals);
    }

    /**
     * Needs two years of intervals up to today: the year that sets "usual" and the same season a year before the
     * latest interval. When the chart's intervals ({@code from} to {@code to}) cover them, as the default 24 months
     * do, those up to today are the same intervals and are not read again.
     */
    private Optional<LeakWarning> leakWarning(PayerPoint point, List<Meter> meters, Medium medium,
            List<ConsumptionInterval> chartIntervals, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<ConsumptionInterval> recent = !from.isAfter(today.minusYears(2)) && !to.isBefore(today)
                ? chartIntervals.stream().filter(interval -> !interval.from().isAfter(today)).toList()
                : intervals(point, meters, medium, today.minusYears(2), today);
        return LeakWarning.check(recent, today, settings.leakFactor());
    }

    /**
     * The intervals of the medium's readings in {@code [from, to]} and, per meter, the reading just before and
     * just after: three range reads of an index per meter, all in one statement ({@link ReadingDays#accepted}),
     * so the cost follows the range, not the meter's history. Only the payer's readings count, and no interval
     * spans the days between two of their periods.
     *
     * @param meters the point's meters on the payer's days ({@link ConsumptionPointService#meters})
     */
    List<ConsumptionInterval> intervals(PayerPoint point, List<Meter> meters, Medium medium, LocalDate from,
            LocalDate to) {
        List<DatePeriod> days = point.periods().readingDays();
        List<Range> ranges = new ArrayList<>();
        for (Meter meter : meters) {
            if (meter.getMedium() == medium) {
                ranges.add(Range.newest(meter.getId(), from.minusDays(1), days));
                ranges.add(new Range(meter.getId(), from, to, Order.OLDEST_FIRST, 0, days));
                ranges.add(new Range(meter.getId(), to.plusDays(1), null, Order.OLDEST_FIRST, 1, days));
            }
        }
        List<MeterReading> found = new ArrayList<>(ReadingDays.accepted(em, ranges));
        found.sort(Comparator.comparing(MeterReading::getReadingDate)
                .thenComparing(r -> r.getMeter().getInstalledOn())
                .thenComparing(MeterReading::getId));
        return ConsumptionInterval.within(point.periods(), found.stream()
                .map(r -> new ReadingValue(r.getMeter().getId(), r.getReadingDate(), r.getReadingValue()))
                .toList());
    }
}
