package si.utility.portal.consumption.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The part of this interval's amount that falls on the days {@code [start, end)}, by days. */
    BigDecimal portion(LocalDate start, LocalDate end) {
        LocalDate overlapStart = from.plusDays(1).isAfter(start) ? from.plusDays(1) : start;
        LocalDate overlapEnd = to.plusDays(1).isBefore(end) ? to.plusDays(1) : end;
        long overlap = ChronoUnit.DAYS.between(overlapStart, overlapEnd);
        if (overlap <= 0 || days() <= 0) {
            return BigDecimal.ZERO;
        }
        return amount.multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(days()), MathContext.DECIMAL64);
    }
}
