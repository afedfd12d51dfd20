package si.utility.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.retention.RetentionTask;

/**
 * Deletes outbox rows that are finished (sent or given up) and older than {@code portal.retention.mail-days}.
 * A sent message's body was cleared when it was sent; a given-up one keeps its body until then, so that the back
 * office can send it again. What is left (recipient, subject, times, last error) is kept that long for support
 * questions ("I never got the mail").
 */
@ApplicationScoped
class OutboxRetention implements RetentionTask {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "portal.retention.mail-days")
    int mailDays;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteExpired(Instant now) {
        return entityManager.createNamedQuery(OutgoingMail.DELETE_FINISHED_BEFORE)
                .setParameter("cutoff", now.minus(Duration.ofDays(mailDays)))
                .executeUpdate();
    }
}
