package si.utility.portal.consumption.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Consumption in one period, apportioned by days, with the same period a year earlier beside it.
 *
 * @param complete       whether readings cover every day of the period (a current month is not complete)
 * @param previousYear   the same period one year earlier; {@code null} when readings do not cover it
 */
public record PeriodConsumption(PeriodKind kind, LocalDate start, BigDecimal amount, boolean complete,
        BigDecimal previousYear) {

    public LocalDate end() {
        return kind.next(start).minusDays(1);
    }
}
