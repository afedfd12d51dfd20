package si.utility.portal.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One row of {@link AttemptCounter}: failed attempts under one key since the counter was last quiet. Times are
 * UTC {@code LocalDateTime}s (as in the mail outbox), so nodes in different time zones agree.
 */
@Entity
@Table(name = "ATTEMPT_COUNTER", indexes = @Index(name = "IX_ATTEMPT_COUNTER_LAST_AT", columnList = "LAST_AT"))
@NamedQuery(name = AttemptCount.ADD_ONE,
        query = "UPDATE AttemptCount c SET c.attempts = c.attempts + 1, c.lastAt = :now"
                + " WHERE c.counterKey = :key AND c.lastAt > :forgetBefore")
@NamedQuery(name = AttemptCount.RESTART,
        query = "UPDATE AttemptCount c SET c.attempts = 1, c.lastAt = :now"
                + " WHERE c.counterKey = :key AND c.lastAt <= :forgetBefore")
@NamedQuery(name = AttemptCount.DELETE_KEY, query = "DELETE FROM AttemptCount c WHERE c.counterKey = :key")
@NamedQuery(name = AttemptCount.DELETE_QUIET,
        query = "DELETE FROM AttemptCount c WHERE c.lastAt <= :forgetBefore")
public class AttemptCount {

    static final String ADD_ONE = "AttemptCount.addOne";
    static final String RESTART = "AttemptCount.restart";
    static final String DELETE_KEY = "AttemptCount.deleteKey";
    static final String DELETE_QUIET = "AttemptCount.deleteQuiet";

    /** Kind, colon, SHA-256 of the subject in hex: never longer than this, whatever was typed. */
    @Id
    @Column(name = "COUNTER_KEY", length = 90)
    private String counterKey;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "LAST_AT", nullable = false)
    private LocalDateTime lastAt;

    protected AttemptCount() {
    }

    AttemptCount(String counterKey, LocalDateTime now) {
        this.counterKey = counterKey;
        this.attempts = 1;
        this.lastAt = now;
    }

    int attempts() {
        return attempts;
    }

    LocalDateTime lastAt() {
        return lastAt;
    }
}
