package si.utility.portal.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PointOccupancyTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    private final PointOccupancy may = new PointOccupancy(null, null, MAY_1, MAY_31);
    private final PointOccupancy sinceMay = new PointOccupancy(null, null, MAY_1, null);

    @Test
    void periodsSharingADayOverlap() {
        assertThat(may.overlaps(MAY_31, null)).isTrue();
        assertThat(may.overlaps(LocalDate.of(2026, 4, 1), MAY_1)).isTrue();
        assertThat(may.overlaps(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 11))).isTrue();
        assertThat(sinceMay.overlaps(LocalDate.of(2030, 1, 1), null)).isTrue();
    }

    @Test
    void theDayAfterTheLastDayDoesNotOverlap() {
        assertThat(may.overlaps(LocalDate.of(2026, 6, 1), null)).isFalse();
        assertThat(may.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(sinceMay.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30))).isFalse();
    }
}
