package si.utility.portal.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PayerPeriodsTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static DatePeriod period(String first, String last) {
        return new DatePeriod(day(first), last == null ? null : day(last));
    }

    /** Moved out on 31 Oct 2025 and back in on 1 Mar 2026: someone else's point in between. */
    private static final PayerPeriods AWAY_AND_BACK = PayerPeriods.of(List.of(
            period("2026-03-01", null), period("2025-01-01", "2025-10-31")));

    @Test
    void adjoiningOccupanciesAreOnePeriodAndSeparateOnesStaySeparate() {
        assertThat(PayerPeriods.of(List.of(period("2025-01-01", "2025-06-30"), period("2025-07-01", "2025-10-31")))
                .periods()).containsExactly(period("2025-01-01", "2025-10-31"));
        assertThat(AWAY_AND_BACK.periods()).containsExactly(period("2025-01-01", "2025-10-31"),
                period("2026-03-01", null));
    }

    @Test
    void thePayerSeesTheReadingsOfTheirDaysAndTheMoveInReadingTheDayBefore() {
        assertThat(AWAY_AND_BACK.readingDays()).containsExactly(period("2024-12-31", "2025-10-31"),
                period("2026-02-28", null));
        assertThat(AWAY_AND_BACK.seesReadingOn(day("2025-10-31"))).as("the move-out reading").isTrue();
        assertThat(AWAY_AND_BACK.seesReadingOn(day("2025-11-01"))).as("the next occupant's first day").isFalse();
        assertThat(AWAY_AND_BACK.seesReadingOn(day("2026-02-27"))).isFalse();
        assertThat(AWAY_AND_BACK.seesReadingOn(day("2026-02-28"))).as("the move-in reading").isTrue();
        assertThat(AWAY_AND_BACK.readingSeries(day("2025-05-31"))).isEqualTo(OptionalInt.of(0));
        assertThat(AWAY_AND_BACK.readingSeries(day("2026-05-31"))).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void onlyAPeriodCoveringTodayMakesThePayerTheCurrentOccupant() {
        PayerPeriods movedOut = PayerPeriods.of(List.of(period("2020-01-01", "2026-10-31")));
        assertThat(movedOut.isCurrent(day("2026-10-31"))).isTrue();
        assertThat(movedOut.isCurrent(day("2026-11-01"))).isFalse();
        assertThat(movedOut.until()).contains(day("2026-10-31"));
        assertThat(AWAY_AND_BACK.isCurrent(day("2026-01-15"))).isFalse();
        assertThat(AWAY_AND_BACK.current(day("2026-03-01"))).contains(period("2026-03-01", null));
        assertThat(AWAY_AND_BACK.until()).isEmpty();
    }

    @Test
    void aPointTheirsSinceBeforeThePortalHasNoStartToShow() {
        assertThat(PayerPeriods.of(List.of(new DatePeriod(PointOccupancy.SINCE_EVER, null))).since()).isEmpty();
        assertThat(AWAY_AND_BACK.since()).contains(day("2025-01-01"));
    }

    @Test
    void aMeterCountsWhenItsLifeOverlapsTheDaysThePayerSees() {
        assertThat(AWAY_AND_BACK.overlaps(period("2020-01-01", "2024-12-31"))).as("removed at move-in").isTrue();
        assertThat(AWAY_AND_BACK.overlaps(period("2020-01-01", "2024-12-30"))).isFalse();
        assertThat(AWAY_AND_BACK.overlaps(period("2025-11-10", "2026-01-31"))).as("only the other's").isFalse();
        assertThat(AWAY_AND_BACK.overlaps(period("2025-11-10", null))).isTrue();
    }
}
