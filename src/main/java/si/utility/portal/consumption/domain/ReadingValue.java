package si.utility.portal.consumption.domain;

import java.time.LocalDate;

/** One meter reading as the consumption rules need it: which meter, on which day, what value. */
public record ReadingValue(long meterId, LocalDate date, java.math.BigDecimal value) {
}
