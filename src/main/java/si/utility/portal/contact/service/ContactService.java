package si.utility.portal.contact.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.contact.domain.ContactForm;
import si.utility.portal.contact.domain.ContactMessage;
import si.utility.portal.contact.domain.ContactReply;
import si.utility.portal.contact.domain.ContactRules;
import si.utility.portal.contact.domain.FloodLimit;
import si.utility.portal.platform.time.ClockProducer;

/** "Stik z nami": stores a customer's message, mails it to the utility, and lists the customer's own messages. */
@ApplicationScoped
public class ContactService {

    /** How many of the newest messages "Vaša sporočila" shows; the personal data export has them all. */
    public static final int HISTORY_SIZE = 100;

    private static final Logger LOG = Logger.getLogger(ContactService.class.getName());

    public enum Outcome {
        SENT,
        /** The same form came again (double click, resend): the first submission stands, nothing new is sent. */
        ALREADY_SENT,
        /** The account reached {@link ContactSettings#floodLimit()}; nothing was stored. */
        LIMIT_REACHED
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ContactMails mails;

    @Inject
    ContactSettings settings;

    @Inject
    Clock clock;

    /**
     * @throws si.utility.portal.platform.validation.ValidationFailedException when the form breaks a rule
     */
    @Transactional
    public Outcome send(long accountId, ContactForm form) {
        ContactRules.check(form.name(), form.email(), form.body()).throwIfAny();
        if (form.requestId() == null || form.requestId().isBlank() || form.requestId().length() > 64) {
            throw new IllegalArgumentException("A contact form needs its request id");
        }
        // Serialises the submissions of one account, so concurrent requests can neither pass the limit
        // together nor store the same form twice.
        PortalAccount account = em.find(PortalAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (count(ContactMessage.COUNT_BY_ACCOUNT_AND_REQUEST, accountId, "requestId", form.requestId()) > 0) {
            return Outcome.ALREADY_SENT;
        }
        Instant now = clock.instant();
        FloodLimit limit = settings.floodLimit();
        if (!limit.allowsAnother(count(ContactMessage.COUNT_BY_ACCOUNT_SINCE, accountId, "since",
                limit.windowStart(now)))) {
            LOG.warning(() -> "Portal account " + accountId + " reached the contact message limit");
            return Outcome.LIMIT_REACHED;
        }
        ContactMessage message = new ContactMessage(account.getPayer(), accountId, form.name().strip(),
                form.email().strip(), form.body().strip(), now, form.requestId());
        em.persist(message);
        mails.sendToUtility(account, message);
        LOG.info(() -> "Contact message from portal account " + accountId);
        return Outcome.SENT;
    }

    /** The account's newest messages first, at most {@link #HISTORY_SIZE}, each with the utility's replies. */
    public List<SentMessage> history(long accountId) {
        Map<Long, List<SentMessage.Reply>> replies = em.createNamedQuery(ContactReply.FIND_BY_ACCOUNT,
                        ContactReply.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .collect(Collectors.groupingBy(reply -> reply.getMessage().getId(),
                        Collectors.mapping(ContactService::reply, Collectors.toList())));
        return em.createNamedQuery(ContactMessage.FIND_BY_ACCOUNT, ContactMessage.class)
                .setParameter("accountId", accountId)
                .setMaxResults(HISTORY_SIZE)
                .getResultList()
                .stream()
                .map(message -> sent(message, replies.getOrDefault(message.getId(), List.of())))
                .toList();
    }

    /** Sporočila, the overview's card: the account's newest message, if it wrote any. */
    public Optional<SentMessage> newest(long accountId) {
        return em.createNamedQuery(ContactMessage.FIND_BY_ACCOUNT, ContactMessage.class)
                .setParameter("accountId", accountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(message -> sent(message, List.of()));
    }

    private static SentMessage sent(ContactMessage message, List<SentMessage.Reply> replies) {
        return new SentMessage(LocalDateTime.ofInstant(message.getSubmittedAt(), ClockProducer.ZONE),
                message.getBody(), message.getStatus(), replies);
    }

    static SentMessage.Reply reply(ContactReply reply) {
        return new SentMessage.Reply(LocalDateTime.ofInstant(reply.getSentAt(), ClockProducer.ZONE),
                reply.getStaffName(), reply.getBody());
    }

    private long count(String query, long accountId, String parameter, Object value) {
        return em.createNamedQuery(query, Long.class)
                .setParameter("accountId", accountId)
                .setParameter(parameter, value)
                .getSingleResult();
    }
}
