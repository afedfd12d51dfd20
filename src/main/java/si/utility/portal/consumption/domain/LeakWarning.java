package si.utility.portal.consumption.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Možno puščanje: the latest interval between readings used far more per day than usual. "Usual" is the
 * higher of the median daily rate of the year before ({@link UsualUse}) and the rate on the same days a year
 * earlier, so a cold winter's heating or a summer's watering is not taken for a leak. "Far above" is more
 * than {@code factor} times usual (default 2, key {@code portal.consumption.leak-factor}). Only a recent
 * interval counts: one that ended at most {@value #RECENT_DAYS} days ago.
 *
 * @param dailyRate      the recent use per day
 * @param usualDailyRate what is usual per day
 */
public record LeakWarning(ConsumptionInterval recent, double dailyRate, double usualDailyRate) {

    public static final int RECENT_DAYS = 62;

    public double ratio() {
        return dailyRate / usualDailyRate;
    }

    /** @param intervals one medium's intervals in date order */
    public static Optional<LeakWarning> check(List<ConsumptionInterval> intervals, LocalDate today, double factor) {
        if (intervals.isEmpty()) {
            return Optional.empty();
        }
        ConsumptionInterval recent = intervals.get(intervals.size() - 1);
        if (recent.to().isBefore(today.minusDays(RECENT_DAYS)) || recent.days() <= 0) {
            return Optional.empty();
        }
        OptionalDouble median = UsualUse.dailyRateBefore(intervals.subList(0, intervals.size() - 1), recent.from());
        if (median.isEmpty() || median.getAsDouble() <= 0) {
            return Optional.empty();
        }
        double usual = Math.max(median.getAsDouble(),
                UsualUse.dailyRateYearBefore(intervals, recent.from(), recent.to()).orElse(0));
        double rate = recent.dailyRate();
        return rate > factor * usual ? Optional.of(new LeakWarning(recent, rate, usual)) : Optional.empty();
    }
}
