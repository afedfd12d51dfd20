package si.utility.portal.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A message in the outbox; its times are stored in UTC, as every instant (see InstantConverter).
 * A message with neither {@code sentAt} nor {@code nextAttemptAt} has been given up.
 * <p>
 * A poller sends a message only after it claimed it: {@link #CLAIM} sets the lease in one conditional UPDATE,
 * which the database lets succeed for one poller only, so two nodes never send the same message. A poller that
 * dies while it holds a message leaves it to the others once the lease has run out.
 * <p>
 * Once a message is sent, its body is cleared: bodies hold the raw tokens of mailed links (and personal data),
 * which must not outlive the delivery. A message given up keeps its body until the retention run deletes the row,
 * so that the back office can send it again ({@link #RESEND}); its links expire on their own lifetime meanwhile.
 * Recipient, subject and times stay for support until the retention run.
 */
@Entity
@Table(name = "OUTGOING_MAIL", indexes = @Index(name = "OUTGOING_MAIL_DUE", columnList = "nextAttemptAt"))
@NamedQuery(name = OutgoingMail.DUE_IDS, query = """
        SELECT m.id FROM OutgoingMail m WHERE m.nextAttemptAt <= :now AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)
        ORDER BY m.id""")
@NamedQuery(name = OutgoingMail.CLAIM, query = """
        UPDATE OutgoingMail m SET m.claimedBy = :poller, m.leaseUntil = :leaseUntil, m.version = m.version + 1
        WHERE m.id = :id AND m.nextAttemptAt <= :now AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)""")
/*
 * Only a message given up (so held by no poller: a claimed one still has its next attempt) and with its body: one
 * given up before bodies were kept has nothing left to send.
 */
@NamedQuery(name = OutgoingMail.RESEND, query = """
        UPDATE OutgoingMail m SET m.attempts = 0, m.nextAttemptAt = :now, m.lastError = NULL, m.claimedBy = NULL,
        m.leaseUntil = NULL, m.version = m.version + 1
        WHERE m.id = :id AND m.sentAt IS NULL AND m.nextAttemptAt IS NULL AND m.textBody <> ''
        AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)""")
@NamedQuery(name = OutgoingMail.FAILED, query = """
        SELECT m FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.attempts > 0 ORDER BY m.id DESC""")
@NamedQuery(name = OutgoingMail.COUNT_FAILED, query = """
        SELECT COUNT(m) FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.attempts > 0""")
@NamedQuery(name = OutgoingMail.DELETE_FINISHED_BEFORE, query = """
        DELETE FROM OutgoingMail m WHERE m.nextAttemptAt IS NULL AND m.createdAt < :cutoff""")
public class OutgoingMail {

    static final String DUE_IDS = "OutgoingMail.dueIds";
    static final String CLAIM = "OutgoingMail.claim";
    static final String DELETE_FINISHED_BEFORE = "OutgoingMail.deleteFinishedBefore";
    static final String RESEND = "OutgoingMail.resend";
    static final String FAILED = "OutgoingMail.failed";
    static final String COUNT_FAILED = "OutgoingMail.countFailed";
    static final int MAX_BODY_LENGTH = 20000;
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String recipient;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = MAX_BODY_LENGTH)
    private String textBody;

    @Column(length = MAX_BODY_LENGTH)
    private String htmlBody;

    @Column(nullable = false)
    private Instant createdAt;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant sentAt;

    @Column(length = MAX_ERROR_LENGTH)
    private String lastError;

    /** The poller that holds (or last held) the message; see {@link #CLAIM}. */
    @Column(name = "CLAIMED_BY", length = 100)
    private String claimedBy;

    @Column(name = "LEASE_UNTIL")
    private Instant leaseUntil;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    OutgoingMail(MailMessage message, Instant now) {
        recipient = message.to();
        subject = message.subject();
        textBody = message.text();
        htmlBody = message.html();
        createdAt = now;
        nextAttemptAt = now;
    }

    int attempts() {
        return attempts;
    }

    String lastError() {
        return lastError;
    }

    MailMessage message() {
        return new MailMessage(recipient, subject, textBody, htmlBody);
    }

    /** Another run may have delivered or rescheduled it since it was found due. */
    boolean isDue(Instant now) {
        return nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    boolean isGivenUp() {
        return sentAt == null && nextAttemptAt == null;
    }

    /** Whether this poller's claim still holds: only then may it send the message. */
    boolean isClaimedBy(String poller, Instant now) {
        return poller.equals(claimedBy) && leaseUntil != null && now.isBefore(leaseUntil);
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        leaseUntil = null;
        clearBody();
    }

    void failed(Instant now, String error, int maxAttempts) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        nextAttemptAt = attempts >= maxAttempts ? null : now.plus(RetryBackoff.afterAttempts(attempts));
        leaseUntil = null;
    }

    private void clearBody() {
        textBody = "";
        htmlBody = null;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** What the back office's outbox page shows: no body. */
    OutboxEntry entry() {
        return new OutboxEntry(id, recipient, subject, createdAt, attempts, MailErrorKind.of(lastError),
                nextAttemptAt, isGivenUp(), isGivenUp() && !textBody.isEmpty());
    }
}
