package si.utility.portal.integration.clients;

import java.time.Duration;
import java.time.Instant;
import si.utility.portal.platform.security.AttemptCounter.Attempts;

/**
 * The rule for wrong API keys from one client address: after {@code failuresAllowed} failures the address is
 * refused until {@code pause} has passed since its last failure, even with a right key. The billing system
 * never sends a wrong key twice in a row, a key-guesser sends millions; the counts live in the database
 * ({@code AttemptCounter}), so the limit holds on every node.
 */
public record ApiKeyThrottle(int failuresAllowed, Duration pause) {

    /** How long the address must wait; zero when it may try now. */
    public Duration waitBeforeNextAttempt(Attempts failures, Instant now) {
        if (failures.count() < failuresAllowed) {
            return Duration.ZERO;
        }
        Instant allowedAt = failures.last().plus(pause);
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }
}
