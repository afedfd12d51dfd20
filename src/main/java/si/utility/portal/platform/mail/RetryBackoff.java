package si.utility.portal.platform.mail;

import java.time.Duration;

/** How long a message waits after a failed attempt: 30 s, doubling with every attempt, at most an hour. */
final class RetryBackoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(1);

    private RetryBackoff() {
    }

    static Duration afterAttempts(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1: " + failedAttempts);
        }
        // Beyond 2^7 the cap wins anyway; limiting the shift keeps large counts from overflowing.
        int doublings = Math.min(failedAttempts - 1, 7);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}
