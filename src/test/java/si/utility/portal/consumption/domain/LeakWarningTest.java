package si.utility.portal.consumption.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakWarningTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-10");

    /** Month-end readings from June 2024 to May 2025 with the given monthly use. */
    private static List<ConsumptionInterval> monthly(double... use) {
        List<ReadingValue> readings = new ArrayList<>();
        LocalDate date = LocalDate.parse("2024-05-31");
        double value = 100;
        readings.add(new ReadingValue(1, date, BigDecimal.valueOf(value)));
        for (double month : use) {
            date = date.plusMonths(1).withDayOfMonth(date.plusMonths(1).lengthOfMonth());
            value += month;
            readings.add(new ReadingValue(1, date, BigDecimal.valueOf(value)));
        }
        return ConsumptionInterval.between(readings);
    }

    @Test
    void recentUseMoreThanTwiceTheUsualWarns() {
        var warning = LeakWarning.check(monthly(10, 11, 9, 10, 10, 12, 10, 9, 11, 10, 10, 31), TODAY, 2.0);

        assertThat(warning).isPresent();
        assertThat(warning.get().ratio()).isGreaterThan(2.9);
    }

    @Test
    void usualVariationDoesNotWarn() {
        assertThat(LeakWarning.check(monthly(10, 11, 9, 10, 10, 12, 10, 9, 11, 10, 10, 19), TODAY, 2.0)).isEmpty();
    }

    @Test
    void anOldIntervalOrTooLittleHistoryDoesNotWarn() {
        assertThat(LeakWarning.check(monthly(10, 11, 9, 10, 10, 12, 10, 9, 11, 10, 10, 40),
                TODAY.plusMonths(3), 2.0)).isEmpty();
        assertThat(LeakWarning.check(monthly(10, 40), TODAY.minusMonths(10), 2.0)).isEmpty();
    }

    @Test
    void seasonalUseIsComparedWithTheSameSeasonAYearEarlier() {
        List<ReadingValue> readings = new ArrayList<>();
        LocalDate date = LocalDate.parse("2023-12-31");
        double value = 0;
        readings.add(new ReadingValue(1, date, BigDecimal.valueOf(value)));
        // Heating: 300 a month in January, 50 in summer months, 300 again next January.
        double[] use = {300, 250, 150, 80, 50, 50, 50, 50, 60, 120, 200, 260, 310};
        for (double month : use) {
            date = date.plusMonths(1).withDayOfMonth(date.plusMonths(1).lengthOfMonth());
            value += month;
            readings.add(new ReadingValue(1, date, BigDecimal.valueOf(value)));
        }
        List<ConsumptionInterval> intervals = ConsumptionInterval.between(readings);

        assertThat(LeakWarning.check(intervals, LocalDate.parse("2025-02-05"), 2.0)).isEmpty();
    }
}
