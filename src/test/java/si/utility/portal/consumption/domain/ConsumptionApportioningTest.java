package si.utility.portal.consumption.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumptionApportioningTest {

    private static ReadingValue r(long meter, String date, String value) {
        return new ReadingValue(meter, LocalDate.parse(date), new BigDecimal(value));
    }

    @Test
    void useBetweenMidMonthReadingsIsSplitByDays() {
        // 31 days from Jan 15 to Feb 15: 16 days in January (16..31), 15 in February.
        List<ConsumptionInterval> intervals = ConsumptionInterval.between(List.of(
                r(1, "2025-01-15", "100"), r(1, "2025-02-15", "131")));

        List<PeriodConsumption> months = ConsumptionApportioning.byPeriod(intervals, PeriodKind.MONTH,
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-28"));

        assertThat(months).extracting(PeriodConsumption::amount)
                .containsExactly(new BigDecimal("16.000"), new BigDecimal("15.000"));
        assertThat(months).extracting(PeriodConsumption::complete).containsExactly(false, false);
    }

    @Test
    void monthEndReadingsGiveWholeMonthsAndSumToQuartersAndYears() {
        List<ConsumptionInterval> intervals = ConsumptionInterval.between(List.of(
                r(1, "2024-12-31", "0"), r(1, "2025-01-31", "10"), r(1, "2025-02-28", "30"),
                r(1, "2025-03-31", "60"), r(1, "2025-06-30", "90")));

        assertThat(ConsumptionApportioning.byPeriod(intervals, PeriodKind.MONTH, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-03-31"))).extracting(PeriodConsumption::amount)
                .containsExactly(new BigDecimal("10.000"), new BigDecimal("20.000"), new BigDecimal("30.000"));
        List<PeriodConsumption> quarters = ConsumptionApportioning.byPeriod(intervals, PeriodKind.QUARTER,
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30"));
        assertThat(quarters).extracting(PeriodConsumption::amount)
                .containsExactly(new BigDecimal("60.000"), new BigDecimal("30.000"));
        assertThat(quarters).extracting(PeriodConsumption::complete).containsExactly(true, true);
        assertThat(quarters.get(1).start()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(ConsumptionApportioning.byPeriod(intervals, PeriodKind.YEAR, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31")).get(0).amount()).isEqualByComparingTo("90");
    }

    @Test
    void aReplacedMeterStartsItsOwnSeriesAndIsNeverNegative() {
        List<ConsumptionInterval> intervals = ConsumptionInterval.between(List.of(
                r(1, "2025-01-31", "9000"), r(1, "2025-02-28", "9010"),
                r(2, "2025-02-28", "0"), r(2, "2025-03-31", "12")));

        assertThat(ConsumptionApportioning.byPeriod(intervals, PeriodKind.MONTH, LocalDate.parse("2025-02-01"),
                LocalDate.parse("2025-03-31"))).extracting(PeriodConsumption::amount)
                .containsExactly(new BigDecimal("10.000"), new BigDecimal("12.000"));
    }

    @Test
    void theSamePeriodAYearEarlierIsShownOnlyWhenReadingsCoverIt() {
        List<ConsumptionInterval> intervals = ConsumptionInterval.between(List.of(
                r(1, "2024-01-31", "0"), r(1, "2024-02-29", "29"), r(1, "2025-01-31", "400"),
                r(1, "2025-02-28", "428")));

        List<PeriodConsumption> months = ConsumptionApportioning.byPeriod(intervals, PeriodKind.MONTH,
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-28"));

        assertThat(months.get(1).previousYear()).isEqualByComparingTo("29");
        assertThat(months.get(0).previousYear()).isNull();
    }

    @Test
    void twoReadingsOnOneDayLoseNoConsumption() {
        // A utility and a portal reading on Jan 11: the chart must add up to 20 - 0, as the table does.
        List<ConsumptionInterval> intervals = ConsumptionInterval.between(List.of(
                r(1, "2025-01-01", "0"), r(1, "2025-01-11", "5"), r(1, "2025-01-11", "10"),
                r(1, "2025-01-21", "20")));

        assertThat(intervals).extracting(ConsumptionInterval::amount)
                .containsExactly(new BigDecimal("10"), new BigDecimal("10"));
        assertThat(ConsumptionApportioning.byPeriod(intervals, PeriodKind.MONTH, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-31")).get(0).amount()).isEqualByComparingTo("20");
    }

    @Test
    void twoReadingsOnTheFirstDayOfASeriesLoseNoConsumption() {
        List<ConsumptionInterval> intervals = ConsumptionInterval.between(List.of(
                r(1, "2025-01-01", "0"), r(1, "2025-01-01", "4"), r(1, "2025-01-11", "10")));

        assertThat(intervals).singleElement().satisfies(interval -> {
            assertThat(interval.amount()).isEqualByComparingTo("10");
            assertThat(interval.days()).isEqualTo(10);
        });
    }
}
