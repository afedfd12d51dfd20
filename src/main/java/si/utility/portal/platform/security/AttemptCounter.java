package si.utility.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Failed attempts (log-ins, registrations) counted in the database, so a limit holds on every node and after a
 * restart. A counter is keyed by a kind (e.g. {@code login-account}) and a subject (an account id, a login name,
 * a client address); only the subject's SHA-256 is stored, so the key is short whatever was typed and holds no
 * e-mail address. A counter that has been quiet for {@link #FORGET_AFTER} starts again from zero, and such rows
 * are deleted as new keys arrive: nothing is ever cleared all at once.
 */
@ApplicationScoped
public class AttemptCounter {

    public static final Duration FORGET_AFTER = Duration.ofHours(24);

    /** How many failures a counter holds and when the last one was; {@link #NONE} when quiet. */
    public record Attempts(int count, Instant last) {
        public static final Attempts NONE = new Attempts(0, Instant.EPOCH);
    }

    @Inject
    AttemptRows rows;

    @Inject
    Clock clock;

    public Attempts current(String kind, String subject) {
        AttemptCount row = rows.find(key(kind, subject));
        if (row == null) {
            return Attempts.NONE;
        }
        Instant last = row.lastAt().toInstant(ZoneOffset.UTC);
        return last.plus(FORGET_AFTER).isAfter(clock.instant()) ? new Attempts(row.attempts(), last) : Attempts.NONE;
    }

    public void recordFailure(String kind, String subject) {
        String key = key(kind, subject);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            rows.addOne(key, now, now.minus(FORGET_AFTER));
        } catch (PersistenceException | TransactionalException insertRaceLost) {
            rows.addOne(key, now, now.minus(FORGET_AFTER));
        }
    }

    public void forget(String kind, String subject) {
        rows.delete(key(kind, subject));
    }

    static String key(String kind, String subject) {
        return kind + ":" + SecureTokens.hash(subject == null ? "" : subject);
    }
}
