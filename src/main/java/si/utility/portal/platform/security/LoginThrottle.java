package si.utility.portal.platform.security;

import java.time.Duration;
import java.time.Instant;
import si.utility.portal.platform.security.AttemptCounter.Attempts;

/**
 * The rule for failed log-ins under one counter (an account, an unknown login name, a client address): after
 * {@code captchaAfter} failures the captcha is required and every further failure doubles the wait before the
 * next try, up to a cap: a stranger can slow the owner down, but never lock the account for good, and a
 * password reset always works. The counts themselves live in the database ({@link AttemptCounter}).
 */
public record LoginThrottle(int captchaAfter) {

    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    public boolean captchaRequired(Attempts failures) {
        return failures.count() >= captchaAfter;
    }

    /** How long the counter's owner must wait before the next attempt; zero when it may try now. */
    public Duration waitBeforeNextAttempt(Attempts failures, Instant now) {
        if (failures.count() < captchaAfter) {
            return Duration.ZERO;
        }
        Instant allowedAt = failures.last().plus(waitAfter(failures.count()));
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    /** 1 s after reaching the captcha threshold, then doubling: 2 s, 4 s, ... up to {@link #MAX_WAIT}. */
    Duration waitAfter(int failureCount) {
        int doublings = Math.min(failureCount - captchaAfter, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
