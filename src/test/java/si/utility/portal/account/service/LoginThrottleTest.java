package si.utility.portal.account.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3);

    @Test
    void firstFailuresNeitherAskForCaptchaNorWait() {
        fail(2, T0);

        assertThat(throttle.captchaRequired("1234", T0)).isFalse();
        assertThat(throttle.waitBeforeNextAttempt("1234", T0)).isZero();
    }

    @Test
    void thirdFailureAsksForCaptchaAndStartsAGrowingWait() {
        fail(3, T0);

        assertThat(throttle.captchaRequired("1234", T0)).isTrue();
        assertThat(throttle.waitBeforeNextAttempt("1234", T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitAfter(8)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void waitNeverExceedsTheCapSoTheOwnerIsNeverLockedOutForGood() {
        fail(60, T0);

        assertThat(throttle.waitBeforeNextAttempt("1234", T0)).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.waitBeforeNextAttempt("1234", T0.plus(LoginThrottle.MAX_WAIT))).isZero();
    }

    @Test
    void successForgetsTheFailures() {
        fail(5, T0);

        throttle.recordSuccess("1234");

        assertThat(throttle.captchaRequired("1234", T0)).isFalse();
    }

    @Test
    void failuresAreCountedPerLoginNameAndForgottenAfterADay() {
        fail(3, T0);

        assertThat(throttle.captchaRequired("5678", T0)).isFalse();
        assertThat(throttle.captchaRequired("1234", T0.plus(Duration.ofHours(25)))).isFalse();
    }

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure("1234", at);
        }
    }
}
