package si.utility.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.metrics.Metrics;

/**
 * Delivers one outbox message per transaction, so one bad message never holds back or undoes the others. A
 * message is claimed in a transaction of its own before it is sent, so that no other poller (another node)
 * sends it too; see {@link OutgoingMail#CLAIM}.
 */
@ApplicationScoped
class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Metrics metrics;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.mail.max-attempts")
    int maxAttempts;

    /** Longer than a send can take (SMTP time-outs), or a second poller could take over a message being sent. */
    @Inject
    @ConfigProperty(name = "portal.mail.lease-seconds")
    long leaseSeconds;

    /** In a transaction too: without one, the server closes the entity manager after a scheduled task's first run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueIds(int limit) {
        return entityManager.createNamedQuery(OutgoingMail.DUE_IDS, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the message for this poller until the lease runs out, if it is due and no other poller holds it.
     * Committed at once, so that every other poller sees the claim before this one starts sending.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String poller) {
        Instant now = clock.instant();
        return entityManager.createNamedQuery(OutgoingMail.CLAIM)
                .setParameter("poller", poller)
                .setParameter("leaseUntil", now.plus(Duration.ofSeconds(leaseSeconds)))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Sends a message this poller has claimed; does nothing if the claim has run out meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id, String poller) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id);
        if (mail == null || !mail.isClaimedBy(poller, clock.instant())) {
            return;
        }
        try {
            transport.send(mail.message());
            mail.sent(clock.instant());
            metrics.count("portal.mails", "outcome", "sent");
        } catch (MailDeliveryException | RuntimeException e) {
            mail.failed(clock.instant(), e.getMessage(), maxAttempts);
            metrics.count("portal.mails", "outcome", mail.isGivenUp() ? "given-up" : "failed");
            if (mail.isGivenUp()) {
                LOG.log(Level.SEVERE, e, () -> "Gave up on mail " + id + " after " + mail.attempts() + " attempts");
            } else {
                LOG.log(Level.WARNING, () -> "Mail " + id + " failed (attempt " + mail.attempts() + "), next attempt at "
                        + mail.nextAttemptAt() + ": " + e.getMessage());
            }
        }
    }
}
