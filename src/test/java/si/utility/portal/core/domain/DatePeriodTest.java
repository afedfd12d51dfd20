package si.utility.portal.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePeriodTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static DatePeriod period(String first, String last) {
        return new DatePeriod(day(first), last == null ? null : day(last));
    }

    @Test
    void bothEndsAreInsideAndAnOpenPeriodNeverEnds() {
        DatePeriod october = period("2026-10-01", "2026-10-31");
        assertThat(october.contains(day("2026-10-01"))).isTrue();
        assertThat(october.contains(day("2026-10-31"))).isTrue();
        assertThat(october.contains(day("2026-11-01"))).isFalse();
        assertThat(october.contains(day("2026-09-30"))).isFalse();
        assertThat(october.days()).isEqualTo(31);
        assertThat(period("2026-11-01", null).contains(day("9999-12-31"))).isTrue();
    }

    @Test
    void theOverlapOfTwoPeriodsIsTheirSharedDays() {
        DatePeriod october = period("2026-10-01", "2026-10-31");
        assertThat(october.intersection(period("2026-10-31", null))).contains(period("2026-10-31", "2026-10-31"));
        assertThat(october.overlapDays(period("2026-10-15", "2026-11-15"))).isEqualTo(17);
        assertThat(october.overlapDays(period("2026-11-01", null))).isZero();
        assertThat(october.overlaps(period("2026-09-01", "2026-09-30"))).isFalse();
        assertThat(period("2026-01-01", null).intersection(period("2026-06-01", null)))
                .contains(period("2026-06-01", null));
    }

    @Test
    void aHalfOpenRangeLeavesOutItsEndAndAnEmptyOneIsNoPeriod() {
        assertThat(DatePeriod.halfOpen(day("2026-10-01"), day("2026-11-01"))).contains(period("2026-10-01", "2026-10-31"));
        assertThat(DatePeriod.halfOpen(day("2026-10-01"), day("2026-10-01"))).isEmpty();
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> period("2026-10-02", "2026-10-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
