package si.utility.portal.consumption.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The length of the periods consumption is shown by: month, quarter or year. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR;

    /** The first day of the period that contains the date. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case MONTH -> periodStart.plusMonths(1);
            case QUARTER -> periodStart.plusMonths(3);
            case YEAR -> periodStart.plusYears(1);
        };
    }
}
