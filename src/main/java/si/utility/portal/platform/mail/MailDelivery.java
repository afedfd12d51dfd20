package si.utility.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Delivers one outbox message per transaction, so one bad message never holds back or undoes the others. */
@ApplicationScoped
class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.mail.max-attempts")
    int maxAttempts;

    /** In a transaction too: without one, the server closes the entity manager after a scheduled task's first run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueIds(int limit) {
        return entityManager.createNamedQuery(OutgoingMail.DUE_IDS, Long.class)
                .setParameter("now", OutgoingMail.utc(clock.instant()))
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id);
        Instant now = clock.instant();
        if (mail == null || !mail.isDue(now)) {
            return;
        }
        try {
            transport.send(mail.message());
            mail.sent(clock.instant());
        } catch (MailDeliveryException | RuntimeException e) {
            mail.failed(clock.instant(), e.getMessage(), maxAttempts);
            if (mail.isGivenUp()) {
                LOG.log(Level.SEVERE, e, () -> "Gave up on mail " + id + " after " + mail.attempts() + " attempts");
            } else {
                LOG.log(Level.WARNING, () -> "Mail " + id + " failed (attempt " + mail.attempts() + "), next attempt at "
                        + mail.nextAttemptAt() + ": " + e.getMessage());
            }
        }
    }
}
