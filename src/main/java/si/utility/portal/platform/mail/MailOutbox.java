package si.utility.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way features send e-mail. The message is stored in the caller's transaction, so it exists
 * exactly when the change that caused it commits, and {@link MailDispatcher} delivers it afterwards; an
 * SMTP outage delays mail but never fails the caller.
 */
@ApplicationScoped
public class MailOutbox {

    /** Fired when a message was stored; observed after commit, when it is safe to deliver. */
    record Enqueued() {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Event<Enqueued> enqueued;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(MailMessage message) {
        entityManager.persist(new OutgoingMail(message, clock.instant()));
        enqueued.fire(new Enqueued());
    }

    /** Messages that failed at least once and still wait for a next attempt. */
    public long countRetrying() {
        return entityManager.createQuery("""
                SELECT COUNT(m) FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.attempts > 0
                AND m.nextAttemptAt IS NOT NULL""", Long.class).getSingleResult();
    }

    /** Messages given up after the most attempts (portal.mail.max-attempts); kept until the retention run. */
    public long countGivenUp() {
        return entityManager.createQuery(
                "SELECT COUNT(m) FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt IS NULL",
                Long.class).getSingleResult();
    }

    /** Messages that failed at least once and are not sent: retrying ones and given-up ones, newest first. */
    public List<OutboxEntry> failed(int first, int max) {
        return entityManager.createNamedQuery(OutgoingMail.FAILED, OutgoingMail.class)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(OutgoingMail::entry).toList();
    }

    public long countFailed() {
        return entityManager.createNamedQuery(OutgoingMail.COUNT_FAILED, Long.class).getSingleResult();
    }

    /**
     * Puts a given-up message back to be sent as if new (attempts from zero), in one conditional UPDATE
     * ({@link OutgoingMail#RESEND}): it changes nothing when the message is not given up (any longer), which also
     * means no poller holds it, or has no body left.
     *
     * @return whether the message is queued again
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean resend(long id) {
        Instant now = clock.instant();
        boolean queued = entityManager.createNamedQuery(OutgoingMail.RESEND)
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate() == 1;
        if (queued) {
            enqueued.fire(new Enqueued());
        }
        return queued;
    }

}
