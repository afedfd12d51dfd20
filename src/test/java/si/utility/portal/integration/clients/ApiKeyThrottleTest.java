package si.utility.portal.integration.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import si.utility.portal.platform.security.AttemptCounter.Attempts;

class ApiKeyThrottleTest {

    private static final Instant LAST = Instant.parse("2026-12-01T10:00:00Z");
    private final ApiKeyThrottle throttle = new ApiKeyThrottle(20, Duration.ofMinutes(15));

    @Test
    void anAddressBelowTheLimitMayTryAtOnce() {
        assertThat(throttle.waitBeforeNextAttempt(Attempts.NONE, LAST)).isZero();
        assertThat(throttle.waitBeforeNextAttempt(new Attempts(19, LAST), LAST)).isZero();
    }

    @Test
    void anAddressAtTheLimitWaitsThePauseAfterItsLastFailure() {
        Attempts twenty = new Attempts(20, LAST);

        assertThat(throttle.waitBeforeNextAttempt(twenty, LAST)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeNextAttempt(twenty, LAST.plusSeconds(600))).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitBeforeNextAttempt(twenty, LAST.plus(Duration.ofMinutes(15)))).isZero();
    }
}
