package si.utility.portal.platform.mail;

import java.time.Instant;

/**
 * An outbox message as the back office lists it: never its body. {@code resendable} when it was given up and
 * still has its body to send.
 */
public record OutboxEntry(Long id, String recipient, String subject, Instant createdAt, int attempts,
        MailErrorKind lastErrorKind, Instant nextAttemptAt, boolean givenUp, boolean resendable) {
}
