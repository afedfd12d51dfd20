package si.utility.portal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored value of an instant is its UTC wall time, whatever zone the node's JVM runs in. */
class InstantConverterTest {

    /** Europe/Ljubljana, 25 October 2026: at 01:00 UTC clocks go back from 03:00 CEST to 02:00 CET. */
    private static final Instant BEFORE_CLOCKS_GO_BACK = Instant.parse("2026-10-25T00:30:00Z");
    private static final Instant AFTER_CLOCKS_GO_BACK = Instant.parse("2026-10-25T01:30:00Z");
    /** 29 March 2026: 02:30 is a wall time Ljubljana skips (02:00 CET → 03:00 CEST), but a valid UTC one. */
    private static final Instant SPRING_GAP_WALL_TIME = Instant.parse("2026-03-29T02:30:00Z");

    private final InstantConverter converter = new InstantConverter();
    private TimeZone originalZone;

    @BeforeEach
    void rememberZone() {
        originalZone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(originalZone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Ljubljana", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"})
    void storesTheUtcWallTimeInEveryDefaultZone(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));

        assertThat(converter.convertToDatabaseColumn(BEFORE_CLOCKS_GO_BACK))
                .isEqualTo(LocalDateTime.of(2026, 10, 25, 0, 30));
        assertThat(converter.convertToDatabaseColumn(AFTER_CLOCKS_GO_BACK))
                .isEqualTo(LocalDateTime.of(2026, 10, 25, 1, 30));
        assertThat(converter.convertToDatabaseColumn(SPRING_GAP_WALL_TIME))
                .isEqualTo(LocalDateTime.of(2026, 3, 29, 2, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Ljubljana", "America/New_York"})
    void theHourRepeatedInAutumnStaysTwoDifferentInstants(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));

        for (Instant instant : new Instant[] {BEFORE_CLOCKS_GO_BACK, AFTER_CLOCKS_GO_BACK, SPRING_GAP_WALL_TIME}) {
            assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
                    .isEqualTo(instant);
        }
        assertThat(converter.convertToDatabaseColumn(AFTER_CLOCKS_GO_BACK))
                .isEqualTo(converter.convertToDatabaseColumn(BEFORE_CLOCKS_GO_BACK).plusHours(1));
    }

    @Test
    void leavesEmptyValuesEmpty() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
