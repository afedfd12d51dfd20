package si.utility.portal.consumption.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Letošnja poraba: the use from 1 January up to the latest reading ({@code [from, to]}), beside the use on the
 * same days a year earlier. Ending at the latest reading, not today, keeps the two figures comparable: the days
 * since the last reading are not known yet. The year-earlier figure is given only when readings cover those days
 * completely, as in the chart.
 */
public record YearToDate(LocalDate from, LocalDate to, BigDecimal amount, BigDecimal previousYear) {

    /** @param intervals one medium's intervals, including the year before this one; empty without a reading this year */
    public static Optional<YearToDate> of(List<ConsumptionInterval> intervals, LocalDate today) {
        Optional<LocalDate> latest = intervals.stream().map(ConsumptionInterval::to).max(Comparator.naturalOrder());
        LocalDate from = today.withDayOfYear(1);
        if (latest.isEmpty() || latest.get().isBefore(from)) {
            return Optional.empty();
        }
        LocalDate to = latest.get().isAfter(today) ? today : latest.get();
        LocalDate lastYearFrom = from.minusYears(1);
        LocalDate lastYearEnd = to.minusYears(1).plusDays(1);
        BigDecimal previousYear = ConsumptionApportioning.covered(intervals, lastYearFrom, lastYearEnd)
                == ChronoUnit.DAYS.between(lastYearFrom, lastYearEnd)
                ? ConsumptionApportioning.sum(intervals, lastYearFrom, lastYearEnd) : null;
        return Optional.of(new YearToDate(from, to, ConsumptionApportioning.sum(intervals, from, to.plusDays(1)),
                previousYear));
    }
}
