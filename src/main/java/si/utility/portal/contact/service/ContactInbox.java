package si.utility.portal.contact.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import si.utility.portal.contact.domain.ContactMessage;
import si.utility.portal.contact.domain.ContactMessageStatus;
import si.utility.portal.contact.domain.ContactReply;
import si.utility.portal.contact.domain.ContactRules;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.platform.validation.TextRules;
import si.utility.portal.platform.validation.Violations;

/**
 * The back office's side of "Stik z nami": the messages by status, paged in the database; a clerk takes one and
 * replies. The reply is mailed to the address the customer gave and shown under the message in "Vaša
 * sporočila". Callers pass the clerk as plain values (id, name, audit actor): this feature knows no staff entity.
 */
@ApplicationScoped
public class ContactInbox {

    public static final String REPLY = "reply";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ContactMails mails;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<InboxMessage> page(ContactMessageStatus status, int first, int size) {
        return em.createNamedQuery(ContactMessage.INBOX, ContactMessage.class)
                .setParameter("status", status)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultStream()
                .map(message -> inboxMessage(message, List.of()))
                .toList();
    }

    public long count(ContactMessageStatus status) {
        return em.createNamedQuery(ContactMessage.COUNT_BY_STATUS, Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    public Optional<InboxMessage> find(long messageId) {
        return Optional.ofNullable(em.find(ContactMessage.class, messageId))
                .map(message -> inboxMessage(message, replies(message)));
    }

    /** The clerk takes the message: it is theirs, and a new one is in progress. */
    @Transactional
    public void assign(long messageId, long staffId, String staffName, Actor actor) {
        ContactMessage message = existing(messageId);
        message.assignTo(staffId, staffName);
        audit.record(actor, AuditAction.MESSAGE_ASSIGNED, message.getPayer().getId(), message.getAccountId(),
                "message:" + messageId);
    }

    /**
     * Stores and mails the reply; the message is then answered (and the replying clerk's, if nobody had it).
     *
     * @return the rules the reply broke (field {@value #REPLY}); nothing is written then
     */
    @Transactional
    public Violations reply(long messageId, long staffId, String staffName, Actor actor, String body) {
        Violations violations = TextRules.check(REPLY, body, ContactRules.MAX_BODY_LENGTH,
                "staff.messages.replyRequired", "staff.messages.replyTooLong");
        if (!violations.isEmpty()) {
            return violations;
        }
        ContactMessage message = existing(messageId);
        Instant now = clock.instant();
        ContactReply reply = new ContactReply(message, staffId, staffName, body.strip(), now);
        em.persist(reply);
        if (message.getAssignedStaffId() == null) {
            message.assignTo(staffId, staffName);
        }
        message.setStatus(ContactMessageStatus.ANSWERED);
        mails.sendReply(message, reply);
        audit.record(actor, AuditAction.MESSAGE_REPLIED, message.getPayer().getId(), message.getAccountId(),
                "message:" + messageId);
        return violations;
    }

    private ContactMessage existing(long messageId) {
        ContactMessage message = em.find(ContactMessage.class, messageId);
        if (message == null) {
            throw new IllegalArgumentException("No contact message " + messageId);
        }
        return message;
    }

    private List<SentMessage.Reply> replies(ContactMessage message) {
        return em.createNamedQuery(ContactReply.FIND_BY_MESSAGE, ContactReply.class)
                .setParameter("message", message)
                .getResultStream()
                .map(ContactService::reply)
                .toList();
    }

    private static InboxMessage inboxMessage(ContactMessage message, List<SentMessage.Reply> replies) {
        return new InboxMessage(message.getId(), LocalDateTime.ofInstant(message.getSubmittedAt(), ClockProducer.ZONE),
                message.getPayer().getCode(), message.getPayer().getName(), message.getSenderName(),
                message.getSenderEmail(), message.getBody(), message.getStatus(), message.getAssignedStaffName(),
                replies);
    }
}
