package si.utility.portal.consumption.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import si.utility.portal.core.domain.DatePeriod;
import si.utility.portal.core.domain.PayerPeriods;

/**
 * What a meter counted between two of its readings: the days after {@code from} up to and including
 * {@code to}. A reading taken on a day counts that day's use as done.
 */
public record ConsumptionInterval(LocalDate from, LocalDate to, BigDecimal amount) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** Use per day; an interval of zero days (two readings on one day) counts as one day. */
    public double dailyRate() {
        return amount.doubleValue() / Math.max(1, days());
    }

    /**
     * Consecutive readings of the same meter, in date order, become intervals. The first reading of a new
     * meter starts its own series, so a meter replacement never shows as negative or huge use. Two readings on
     * one day (a utility and a portal reading, say) lose nothing: the later one extends the interval that ends
     * on that day, or, on the first day of a series, the earlier one stays the start. So the intervals of a
     * series always add up to its last reading minus its first, as the readings table shows.
     */
    public static List<ConsumptionInterval> between(List<ReadingValue> readingsInDateOrder) {
        List<ConsumptionInterval> intervals = new ArrayList<>();
        Map<Long, ReadingValue> lastOfMeter = new HashMap<>();
        Map<Long, Integer> lastIntervalOfMeter = new HashMap<>();
        for (ReadingValue reading : readingsInDateOrder) {
            ReadingValue previous = lastOfMeter.get(reading.meterId());
            if (previous == null) {
                lastOfMeter.put(reading.meterId(), reading);
            } else if (reading.date().isAfter(previous.date())) {
                lastIntervalOfMeter.put(reading.meterId(), intervals.size());
                intervals.add(new ConsumptionInterval(previous.date(), reading.date(),
                        reading.value().subtract(previous.value())));
                lastOfMeter.put(reading.meterId(), reading);
            } else {
                Integer endingToday = lastIntervalOfMeter.get(reading.meterId());
                if (endingToday != null) {
                    ConsumptionInterval interval = intervals.get(endingToday);
                    intervals.set(endingToday, new ConsumptionInterval(interval.from(), interval.to(),
                            interval.amount().add(reading.value().subtract(previous.value()))));
                    lastOfMeter.put(reading.meterId(), reading);
                }
            }
        }
        return intervals;
    }

    /**
     * Only the payer's readings ({@link PayerPeriods#readingDays()}), each of their periods a series of its own:
     * the use between a move-out and a later move-in of the same payer was someone else's.
     */
    public static List<ConsumptionInterval> within(PayerPeriods periods, List<ReadingValue> readingsInDateOrder) {
        List<List<ReadingValue>> series = new ArrayList<>();
        periods.readingDays().forEach(days -> series.add(new ArrayList<>()));
        for (ReadingValue reading : readingsInDateOrder) {
            periods.readingSeries(reading.date()).ifPresent(i -> series.get(i).add(reading));
        }
        return series.stream().flatMap(readings -> between(readings).stream()).toList();
    }

    /** The days whose use this interval counts; empty for two readings on one day. */
    public Optional<DatePeriod> usePeriod() {
        return DatePeriod.halfOpen(from.plusDays(1), to.plusDays(1));
    }

    /** How many of this interval's days lie in {@code period}. */
    long daysIn(DatePeriod period) {
        return usePeriod().map(use -> use.overlapDays(period)).orElse(0L);
    }

    /** The part of this interval's amount that falls on the days {@code [start, end)}, by days. */
    BigDecimal portion(LocalDate start, LocalDate end) {
        long overlap = DatePeriod.halfOpen(start, end).map(this::daysIn).orElse(0L);
        if (overlap <= 0 || days() <= 0) {
            return BigDecimal.ZERO;
        }
        return amount.multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(days()), MathContext.DECIMAL64);
    }
}
