package si.utility.portal.account.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed log-ins per login name, whether or not an account has that name (so the captcha's appearance
 * does not tell who has an account). After a few failures the captcha is required and every further
 * failure doubles the wait before the next try, up to a cap: a stranger can slow the owner down, but never
 * lock the account for good, and a password reset always works.
 */
public class LoginThrottle {

    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final int captchaAfter;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int captchaAfter) {
        this.captchaAfter = captchaAfter;
    }

    public boolean captchaRequired(String login, Instant now) {
        return count(login, now) >= captchaAfter;
    }

    /** How long the login name must wait before the next attempt; zero when it may try now. */
    public Duration waitBeforeNextAttempt(String login, Instant now) {
        Failures f = current(login, now);
        if (f == null || f.count() < captchaAfter) {
            return Duration.ZERO;
        }
        Duration wait = waitAfter(f.count());
        Instant allowedAt = f.last().plus(wait);
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    public void recordFailure(String login, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            forgetOld(now);
        }
        failures.merge(login, new Failures(1, now),
                (old, one) -> new Failures(isStale(old, now) ? 1 : old.count() + 1, now));
    }

    public void recordSuccess(String login) {
        failures.remove(login);
    }

    /** 1 s after reaching the captcha threshold, then doubling: 2 s, 4 s, ... up to {@link #MAX_WAIT}. */
    Duration waitAfter(int failureCount) {
        int doublings = Math.min(failureCount - captchaAfter, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private int count(String login, Instant now) {
        Failures f = current(login, now);
        return f == null ? 0 : f.count();
    }

    private Failures current(String login, Instant now) {
        Failures f = failures.get(login);
        return f == null || isStale(f, now) ? null : f;
    }

    private static boolean isStale(Failures f, Instant now) {
        return f.last().plus(FORGET_AFTER).isBefore(now);
    }

    private void forgetOld(Instant now) {
        for (Iterator<Failures> it = failures.values().iterator(); it.hasNext(); ) {
            if (isStale(it.next(), now)) {
                it.remove();
            }
        }
        if (failures.size() >= MAX_TRACKED) {
            failures.clear();
        }
    }
}
