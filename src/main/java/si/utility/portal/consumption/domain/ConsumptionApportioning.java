package si.utility.portal.consumption.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import si.utility.portal.core.domain.DatePeriod;

/**
 * Spreads the use between readings over the days it covers and sums it by month, quarter or year, so
 * periods compare fairly even when readings fall mid-month or months apart.
 */
public final class ConsumptionApportioning {

    private static final int SCALE = 3;

    private ConsumptionApportioning() {
    }

    /**
     * The periods of the kind that touch {@code [from, to]}, oldest first. Each period's amount is the sum of
     * the interval portions on its days; the previous-year figure is given only when the year-earlier period
     * is fully covered by readings.
     */
    public static List<PeriodConsumption> byPeriod(List<ConsumptionInterval> intervals, PeriodKind kind,
            LocalDate from, LocalDate to) {
        List<PeriodConsumption> periods = new ArrayList<>();
        for (LocalDate start = kind.startOf(from); !start.isAfter(to); start = kind.next(start)) {
            LocalDate end = kind.next(start);
            BigDecimal amount = sum(intervals, start, end);
            boolean complete = covered(intervals, start, end) == ChronoUnit.DAYS.between(start, end);
            LocalDate lastYearStart = start.minusYears(1);
            LocalDate lastYearEnd = kind.next(lastYearStart);
            BigDecimal previousYear = covered(intervals, lastYearStart, lastYearEnd)
                    == ChronoUnit.DAYS.between(lastYearStart, lastYearEnd)
                    ? sum(intervals, lastYearStart, lastYearEnd) : null;
            periods.add(new PeriodConsumption(kind, start, amount, complete, previousYear));
        }
        return periods;
    }

    static BigDecimal sum(List<ConsumptionInterval> intervals, LocalDate start, LocalDate end) {
        BigDecimal total = BigDecimal.ZERO;
        for (ConsumptionInterval interval : intervals) {
            total = total.add(interval.portion(start, end));
        }
        return total.setScale(SCALE, RoundingMode.HALF_UP);
    }

    static long covered(List<ConsumptionInterval> intervals, LocalDate start, LocalDate end) {
        // Intervals of one series never overlap; with a replaced meter the old and new series meet on a day.
        boolean[] days = new boolean[(int) ChronoUnit.DAYS.between(start, end)];
        DatePeriod period = DatePeriod.halfOpen(start, end).orElseThrow();
        for (ConsumptionInterval interval : intervals) {
            interval.usePeriod().flatMap(period::intersection).ifPresent(shared -> {
                for (LocalDate day = shared.first(); !day.isAfter(shared.last()); day = day.plusDays(1)) {
                    days[(int) ChronoUnit.DAYS.between(start, day)] = true;
                }
            });
        }
        long count = 0;
        for (boolean day : days) {
            if (day) {
                count++;
            }
        }
        return count;
    }
}
