package si.utility.portal.consumption.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import si.utility.portal.platform.validation.ValidationFailedException;

class ChartRangeTest {

    private static final YearMonth CURRENT = YearMonth.parse("2026-12");

    private static String refusal(String from, String to) {
        ValidationFailedException refused = catchThrowableOfType(
                () -> ChartRange.check(YearMonth.parse(from), YearMonth.parse(to), CURRENT),
                ValidationFailedException.class);
        return refused == null ? null : refused.violations().asList().stream()
                .map(v -> v.field() + ":" + v.messageKey()).reduce((a, b) -> a + "," + b).orElseThrow();
    }

    @Test
    void fiftyCalendarYearsUpToTheEndOfThisYearAreAllowed() {
        assertThat(ChartRange.check(YearMonth.parse("1977-01"), YearMonth.parse("2026-12"), CURRENT))
                .isEqualTo(new ChartRange(YearMonth.parse("1977-01"), YearMonth.parse("2026-12")));
        assertThat(refusal("2025-01", "2025-01")).isNull();
    }

    @Test
    void monthsOutsideThoseYearsAreRefusedOnTheirField() {
        assertThat(refusal("1976-12", "2026-01")).isEqualTo("from:readings.monthOutOfRange");
        assertThat(refusal("2025-01", "2027-01")).isEqualTo("to:readings.monthOutOfRange");
        assertThat(refusal("0001-01", "9999-12"))
                .isEqualTo("from:readings.monthOutOfRange,to:readings.monthOutOfRange");
        assertThat(refusal("-99999-01", "+999999999-12"))
                .isEqualTo("from:readings.monthOutOfRange,to:readings.monthOutOfRange");
    }

    @Test
    void aReversedRangeIsRefused() {
        assertThat(refusal("2026-02", "2026-01")).isEqualTo("from:readings.rangeReversed");
    }
}
