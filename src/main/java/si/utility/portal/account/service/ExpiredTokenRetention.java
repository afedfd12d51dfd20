package si.utility.portal.account.service;

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
 * Deletes one-time tokens that expired more than {@code portal.retention.expired-token-days} ago, used or not.
 * The grace lets a customer who follows a link soon after it expired still hear "expired, ask for a new one"
 * instead of "unknown link".
 */
@ApplicationScoped
class ExpiredTokenRetention implements RetentionTask {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.retention.expired-token-days")
    int graceDays;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteExpired(Instant now) {
        return em.createQuery("DELETE FROM OneTimeToken t WHERE t.expiresAt < :cutoff")
                .setParameter("cutoff", now.minus(Duration.ofDays(graceDays)))
                .executeUpdate();
    }
}
