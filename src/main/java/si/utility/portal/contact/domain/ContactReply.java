package si.utility.portal.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Odgovor: the utility's answer to a message, mailed to the customer and shown under the message. */
@Entity
@Table(name = "CONTACT_REPLY")
@NamedQuery(name = ContactReply.FIND_BY_ACCOUNT, query = """
        SELECT r FROM ContactReply r WHERE r.message.accountId = :accountId ORDER BY r.sentAt, r.id""")
@NamedQuery(name = ContactReply.FIND_BY_MESSAGE, query = """
        SELECT r FROM ContactReply r WHERE r.message = :message ORDER BY r.sentAt, r.id""")
public class ContactReply {

    public static final String FIND_BY_ACCOUNT = "ContactReply.findByAccount";
    public static final String FIND_BY_MESSAGE = "ContactReply.findByMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MESSAGE_ID", nullable = false)
    private ContactMessage message;

    /** Plain id and the name as it was: the contact feature does not depend on staff entities. */
    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "STAFF_NAME", nullable = false, length = 100)
    private String staffName;

    @Column(name = "BODY", nullable = false, length = 4000)
    private String body;

    @Column(name = "SENT_AT", nullable = false)
    private Instant sentAt;

    protected ContactReply() {
    }

    public ContactReply(ContactMessage message, long staffId, String staffName, String body, Instant sentAt) {
        this.message = message;
        this.staffId = staffId;
        this.staffName = staffName;
        this.body = body;
        this.sentAt = sentAt;
    }

    public ContactMessage getMessage() {
        return message;
    }

    public String getStaffName() {
        return staffName;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
