package si.utility.portal.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import si.utility.portal.core.domain.Payer;

/** Sporočilo: a message a customer sent through the "Stik z nami" form. */
@Entity
@Table(name = "CONTACT_MESSAGE",
        indexes = {
                @Index(name = "IX_CONTACT_MESSAGE_ACCOUNT_SUBMITTED", columnList = "ACCOUNT_ID, SUBMITTED_AT"),
                @Index(name = "IX_CONTACT_MESSAGE_PAYER", columnList = "PAYER_ID"),
                @Index(name = "IX_CONTACT_MESSAGE_STATUS_SUBMITTED", columnList = "STATUS, SUBMITTED_AT")},
        // One message per form: a double click or a re-sent form cannot store a second row.
        uniqueConstraints = @UniqueConstraint(name = "UK_CONTACT_MESSAGE_ACCOUNT_REQUEST",
                columnNames = {"ACCOUNT_ID", "REQUEST_ID"}))
@NamedQuery(name = ContactMessage.FIND_BY_ACCOUNT, query = """
        SELECT m FROM ContactMessage m WHERE m.accountId = :accountId
        ORDER BY m.submittedAt DESC, m.id DESC""")
@NamedQuery(name = ContactMessage.COUNT_BY_ACCOUNT_SINCE, query = """
        SELECT COUNT(m) FROM ContactMessage m WHERE m.accountId = :accountId AND m.submittedAt >= :since""")
@NamedQuery(name = ContactMessage.INBOX, query = """
        SELECT m FROM ContactMessage m JOIN FETCH m.payer WHERE m.status = :status
        ORDER BY m.submittedAt DESC, m.id DESC""")
@NamedQuery(name = ContactMessage.COUNT_BY_STATUS, query = """
        SELECT COUNT(m) FROM ContactMessage m WHERE m.status = :status""")
@NamedQuery(name = ContactMessage.COUNT_BY_ACCOUNT_AND_REQUEST, query = """
        SELECT COUNT(m) FROM ContactMessage m WHERE m.accountId = :accountId AND m.requestId = :requestId""")
public class ContactMessage {

    public static final String FIND_BY_ACCOUNT = "ContactMessage.findByAccount";
    public static final String COUNT_BY_ACCOUNT_SINCE = "ContactMessage.countByAccountSince";
    public static final String COUNT_BY_ACCOUNT_AND_REQUEST = "ContactMessage.countByAccountAndRequest";
    public static final String INBOX = "ContactMessage.inbox";
    public static final String COUNT_BY_STATUS = "ContactMessage.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PAYER_ID", nullable = false)
    private Payer payer;

    /** A plain id, so this feature does not depend on the account feature's entities. */
    @Column(name = "ACCOUNT_ID", nullable = false)
    private Long accountId;

    @Column(name = "SENDER_NAME", nullable = false, length = 200)
    private String senderName;

    @Column(name = "SENDER_EMAIL", nullable = false, length = 254)
    private String senderEmail;

    @Column(name = "BODY", nullable = false, length = 4000)
    private String body;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    /** The one-time id of the form the message came from; null for rows from before the column. */
    @Column(name = "REQUEST_ID", nullable = false, length = 64)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ContactMessageStatus status = ContactMessageStatus.RECEIVED;

    /** The clerk handling the message (a plain staff id and the name shown in the inbox), if one took it. */
    @Column(name = "ASSIGNED_STAFF_ID")
    private Long assignedStaffId;

    @Column(name = "ASSIGNED_STAFF_NAME", length = 100)
    private String assignedStaffName;

    protected ContactMessage() {
    }

    public ContactMessage(Payer payer, Long accountId, String senderName, String senderEmail, String body,
            Instant submittedAt, String requestId) {
        this.payer = payer;
        this.requestId = requestId;
        this.accountId = accountId;
        this.senderName = senderName;
        this.senderEmail = senderEmail;
        this.body = body;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Payer getPayer() {
        return payer;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSenderEmail() {
        return senderEmail;
    }

    public String getBody() {
        return body;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getRequestId() {
        return requestId;
    }

    public ContactMessageStatus getStatus() {
        return status;
    }

    public void setStatus(ContactMessageStatus status) {
        this.status = status;
    }

    /** A clerk takes the message; a new one is then in progress. */
    public void assignTo(long staffId, String staffName) {
        assignedStaffId = staffId;
        assignedStaffName = staffName;
        if (status == ContactMessageStatus.RECEIVED) {
            status = ContactMessageStatus.IN_PROGRESS;
        }
    }

    public Long getAssignedStaffId() {
        return assignedStaffId;
    }

    public String getAssignedStaffName() {
        return assignedStaffName;
    }
}
