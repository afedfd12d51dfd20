package si.utility.portal.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened to an account (registered, activated, e-mail changed, consent decided), written in the
 * transaction of the action itself, so an event exists exactly when the action committed. It names the account
 * by id and payer code, without a foreign key: the event outlives an account that is deleted.
 */
@Entity
@Table(name = "ACCOUNT_EVENT", indexes = @Index(name = "IX_ACCOUNT_EVENT_ACCOUNT", columnList = "ACCOUNT_ID"))
public class AccountEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(name = "PAYER_CODE", nullable = false, length = 20)
    private String payerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "EVENT_TYPE", nullable = false, length = 30)
    private AccountEventType type;

    /** The account's e-mail address after the event. */
    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    protected AccountEvent() {
    }

    public AccountEvent(long accountId, String payerCode, AccountEventType type, String email, Instant occurredAt) {
        this.accountId = accountId;
        this.payerCode = payerCode;
        this.type = type;
        this.email = email;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPayerCode() {
        return payerCode;
    }

    public AccountEventType getType() {
        return type;
    }

    public String getEmail() {
        return email;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
