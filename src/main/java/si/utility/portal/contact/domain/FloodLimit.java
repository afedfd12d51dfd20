package si.utility.portal.contact.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code messages} messages per account within any {@code window}: enough for every real concern,
 * too few to flood the utility's mailbox. Counted in the database, so it holds on every node and after restarts.
 */
public record FloodLimit(int messages, Duration window) {

    public FloodLimit {
        if (messages < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A flood limit needs at least one message in a positive window");
        }
    }

    /** The earliest submission time that still counts against the limit at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    public boolean allowsAnother(long sentInWindow) {
        return sentInWindow < messages;
    }

    public long windowHours() {
        return window.toHours();
    }
}
