package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void doublesFromThirtySeconds() {
        assertThat(RetryBackoff.afterAttempts(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryBackoff.afterAttempts(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryBackoff.afterAttempts(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryBackoff.afterAttempts(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void neverWaitsLongerThanAnHour() {
        assertThat(RetryBackoff.afterAttempts(8)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.afterAttempts(12)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.afterAttempts(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void needsAFailedAttempt() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetryBackoff.afterAttempts(0));
    }
}
