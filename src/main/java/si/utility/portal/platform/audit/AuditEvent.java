package si.utility.portal.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the append-only audit log: written once, never changed (no setters, no version). */
@Entity
@Table(name = "AUDIT_EVENT")
@NamedQuery(name = AuditEvent.DELETE_BEFORE, query = "DELETE FROM AuditEvent e WHERE e.occurredAt < :cutoff")
public class AuditEvent {

    static final String DELETE_BEFORE = "AuditEvent.deleteBefore";
    static final int DETAIL_LENGTH = 500;
    /** An IPv6 address in text; what a caller passes is cut to it, so no audit row can fail on its length. */
    static final int ADDRESS_LENGTH = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR", nullable = false, length = 40, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "PAYER_ID", updatable = false)
    private Long payerId;

    @Column(name = "ACCOUNT_ID", updatable = false)
    private Long accountId;

    @Column(name = "CLIENT_ADDRESS", length = ADDRESS_LENGTH, updatable = false)
    private String clientAddress;

    @Column(name = "DETAIL", length = DETAIL_LENGTH, updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Actor actor, AuditAction action, Long payerId, Long accountId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor.id();
        this.action = action;
        this.payerId = payerId;
        this.accountId = accountId;
        this.clientAddress = cut(actor.clientAddress(), ADDRESS_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getPayerId() {
        return payerId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
