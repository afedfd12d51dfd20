package si.utility.portal.consumption.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearToDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

    /** Readings at each month's end from {@code first} to {@code last}, using {@code perMonth} a month. */
    private static List<ConsumptionInterval> monthly(LocalDate first, LocalDate last, String perMonth) {
        List<ReadingValue> readings = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1).plusMonths(1).minusDays(1)) {
            readings.add(new ReadingValue(1L, day, value));
            value = value.add(new BigDecimal(perMonth));
        }
        return ConsumptionInterval.between(readings);
    }

    @Test
    void thisYearRunsToTheLatestReadingAndLastYearCoversTheSameDays() {
        // Month ends from November 2024 to June 2026: 10 a month.
        List<ConsumptionInterval> intervals = monthly(LocalDate.of(2024, 11, 30), LocalDate.of(2026, 6, 30), "10");

        YearToDate ytd = YearToDate.of(intervals, TODAY).orElseThrow();

        assertThat(ytd.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ytd.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ytd.amount()).isEqualByComparingTo("60");
        assertThat(ytd.previousYear()).isEqualByComparingTo("60");
    }

    @Test
    void lastYearIsLeftOutWhenReadingsDoNotCoverItCompletely() {
        List<ConsumptionInterval> intervals = monthly(LocalDate.of(2025, 3, 31), LocalDate.of(2026, 6, 30), "10");

        YearToDate ytd = YearToDate.of(intervals, TODAY).orElseThrow();

        assertThat(ytd.amount()).isEqualByComparingTo("60");
        assertThat(ytd.previousYear()).isNull();
    }

    @Test
    void noFigureBeforeTheFirstReadingOfTheYear() {
        List<ConsumptionInterval> intervals = monthly(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 12, 31), "10");

        assertThat(YearToDate.of(intervals, TODAY)).isEmpty();
        assertThat(YearToDate.of(List.of(), TODAY)).isEmpty();
    }
}
