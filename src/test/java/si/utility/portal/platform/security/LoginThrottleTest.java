package si.utility.portal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import si.utility.portal.platform.security.AttemptCounter.Attempts;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3);

    @Test
    void firstFailuresNeitherAskForCaptchaNorWait() {
        Attempts two = new Attempts(2, T0);

        assertThat(throttle.captchaRequired(two)).isFalse();
        assertThat(throttle.waitBeforeNextAttempt(two, T0)).isZero();
        assertThat(throttle.captchaRequired(Attempts.NONE)).isFalse();
    }

    @Test
    void thirdFailureAsksForCaptchaAndStartsAGrowingWait() {
        Attempts three = new Attempts(3, T0);

        assertThat(throttle.captchaRequired(three)).isTrue();
        assertThat(throttle.waitBeforeNextAttempt(three, T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt(three, T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
        assertThat(throttle.waitAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitAfter(8)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void waitNeverExceedsTheCapSoTheOwnerIsNeverLockedOutForGood() {
        Attempts many = new Attempts(Integer.MAX_VALUE, T0);

        assertThat(throttle.waitBeforeNextAttempt(many, T0)).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.waitBeforeNextAttempt(many, T0.plus(LoginThrottle.MAX_WAIT))).isZero();
    }
}
