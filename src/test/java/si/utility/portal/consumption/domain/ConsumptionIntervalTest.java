package si.utility.portal.consumption.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.core.domain.DatePeriod;
import si.utility.portal.core.domain.PayerPeriods;

class ConsumptionIntervalTest {

    private static ReadingValue r(String date, String value) {
        return new ReadingValue(1, LocalDate.parse(date), new BigDecimal(value));
    }

    private static PayerPeriods periods(String... firstLast) {
        List<DatePeriod> list = new ArrayList<>();
        for (int i = 0; i < firstLast.length; i += 2) {
            list.add(new DatePeriod(LocalDate.parse(firstLast[i]),
                    firstLast[i + 1] == null ? null : LocalDate.parse(firstLast[i + 1])));
        }
        return PayerPeriods.of(list);
    }

    /** Readings at the end of each month; the point changed payer on 1 Nov 2025 (moved out 31 Oct). */
    private static final List<ReadingValue> READINGS = List.of(r("2025-08-31", "100"), r("2025-09-30", "110"),
            r("2025-10-31", "120"), r("2025-11-30", "150"), r("2025-12-31", "180"));

    @Test
    void theOldOccupantCountsUpToTheMoveOutReadingAndNoFurther() {
        assertThat(ConsumptionInterval.within(periods("2020-01-01", "2025-10-31"), READINGS))
                .extracting(ConsumptionInterval::to, i -> i.amount().intValue())
                .containsExactly(tuple(LocalDate.parse("2025-09-30"), 10),
                        tuple(LocalDate.parse("2025-10-31"), 10));
    }

    @Test
    void theNewOccupantStartsFromTheMoveOutReadingAndSeesNothingBefore() {
        List<ConsumptionInterval> intervals = ConsumptionInterval.within(periods("2025-11-01", null), READINGS);
        assertThat(intervals).extracting(ConsumptionInterval::from).containsExactly(LocalDate.parse("2025-10-31"),
                LocalDate.parse("2025-11-30"));
        assertThat(intervals).extracting(i -> i.amount().intValue()).containsExactly(30, 30);
    }

    @Test
    void noIntervalSpansTheDaysBetweenTwoPeriodsOfOnePayer() {
        // Away in November only: the use from 31 Oct to 30 Nov was the other occupant's.
        List<ConsumptionInterval> intervals = ConsumptionInterval.within(
                periods("2020-01-01", "2025-10-31", "2025-12-01", null), READINGS);
        assertThat(intervals).extracting(ConsumptionInterval::from, ConsumptionInterval::to).containsExactly(
                tuple(LocalDate.parse("2025-08-31"), LocalDate.parse("2025-09-30")),
                tuple(LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-31")),
                tuple(LocalDate.parse("2025-11-30"), LocalDate.parse("2025-12-31")));
    }

    @Test
    void aMonthThatCrossesTheMoveIsApportionedOnlyFromThePayersOwnReadings() {
        // Moved in mid-month: the move-out reading is dated 14 Nov, the day before.
        List<ReadingValue> readings = List.of(r("2025-10-31", "100"), r("2025-11-14", "170"),
                r("2025-11-30", "186"));
        List<PeriodConsumption> november = ConsumptionApportioning.byPeriod(
                ConsumptionInterval.within(periods("2025-11-15", null), readings), PeriodKind.MONTH,
                LocalDate.parse("2025-11-01"), LocalDate.parse("2025-11-30"));
        assertThat(november).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("16");
            assertThat(p.complete()).isFalse();
        });
    }
}
