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
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A message in the outbox. Times are stored as UTC {@link LocalDateTime}, because the JPA 3.1 of the
 * server maps {@link Instant} to a binary column and local time is ambiguous when clocks go back.
 * A message with neither {@code sentAt} nor {@code nextAttemptAt} has been given up.
 */
@Entity
@Table(name = "OUTGOING_MAIL", indexes = @Index(name = "OUTGOING_MAIL_DUE", columnList = "nextAttemptAt"))
@NamedQuery(name = OutgoingMail.DUE_IDS,
        query = "SELECT m.id FROM OutgoingMail m WHERE m.nextAttemptAt <= :now ORDER BY m.id")
public class OutgoingMail {

    static final String DUE_IDS = "OutgoingMail.dueIds";
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
    private LocalDateTime createdAt;

    private int attempts;

    private LocalDateTime nextAttemptAt;

    private LocalDateTime sentAt;

    @Column(length = MAX_ERROR_LENGTH)
    private String lastError;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    OutgoingMail(MailMessage message, Instant now) {
        recipient = message.to();
        subject = message.subject();
        textBody = message.text();
        htmlBody = message.html();
        createdAt = utc(now);
        nextAttemptAt = createdAt;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
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
        return nextAttemptAt != null && !nextAttemptAt.isAfter(utc(now));
    }

    boolean isGivenUp() {
        return sentAt == null && nextAttemptAt == null;
    }

    void sent(Instant now) {
        attempts++;
        sentAt = utc(now);
        nextAttemptAt = null;
    }

    void failed(Instant now, String error, int maxAttempts) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        nextAttemptAt = attempts >= maxAttempts ? null : utc(now.plus(RetryBackoff.afterAttempts(attempts)));
    }

    Instant nextAttemptAt() {
        return nextAttemptAt == null ? null : nextAttemptAt.toInstant(ZoneOffset.UTC);
    }
}
