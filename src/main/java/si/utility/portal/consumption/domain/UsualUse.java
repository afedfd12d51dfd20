package si.utility.portal.consumption.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import si.utility.portal.core.domain.DatePeriod;

/**
 * How much a meter usually counts per day: the median daily rate of the intervals that ended in the year
 * before a day. The median ignores a single odd interval (an estimate, a leak already fixed); a rate needs at
 * least {@value #MIN_INTERVALS} intervals, otherwise nothing is "usual" yet and no warning is given.
 */
public final class UsualUse {

    public static final int MIN_INTERVALS = 3;

    private UsualUse() {
    }

    public static OptionalDouble dailyRateBefore(List<ConsumptionInterval> intervals, LocalDate day) {
        double[] rates = intervals.stream()
                .filter(i -> !i.to().isAfter(day) && i.to().isAfter(day.minusYears(1)) && i.days() > 0)
                .mapToDouble(ConsumptionInterval::dailyRate)
                .sorted()
                .toArray();
        if (rates.length < MIN_INTERVALS) {
            return OptionalDouble.empty();
        }
        int middle = rates.length / 2;
        return OptionalDouble.of(rates.length % 2 == 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2);
    }

    /**
     * The daily rate over the same days one year earlier, apportioned by days; empty when readings do not
     * cover them. Seasonal use (heating in winter, watering in summer) is compared with its own season.
     */
    public static OptionalDouble dailyRateYearBefore(List<ConsumptionInterval> intervals, LocalDate from,
            LocalDate to) {
        LocalDate start = from.minusYears(1).plusDays(1);
        LocalDate end = to.minusYears(1).plusDays(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        if (days <= 0) {
            return OptionalDouble.empty();
        }
        PeriodConsumptionSum sum = PeriodConsumptionSum.of(intervals, start, end);
        return sum.coveredDays() == days ? OptionalDouble.of(sum.amount() / days) : OptionalDouble.empty();
    }

    /** Use and covered days on {@code [start, end)}. */
    record PeriodConsumptionSum(double amount, long coveredDays) {

        static PeriodConsumptionSum of(List<ConsumptionInterval> intervals, LocalDate start, LocalDate end) {
            double amount = 0;
            long covered = 0;
            DatePeriod period = DatePeriod.halfOpen(start, end).orElseThrow();
            for (ConsumptionInterval interval : intervals) {
                amount += interval.portion(start, end).doubleValue();
                covered += interval.daysIn(period);
            }
            return new PeriodConsumptionSum(amount, covered);
        }
    }
}
