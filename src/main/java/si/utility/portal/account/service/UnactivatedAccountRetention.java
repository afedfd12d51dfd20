package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.account.domain.AccountStatus;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.platform.retention.RetentionTask;

/**
 * Deletes accounts never activated within {@code portal.retention.unactivated-account-days} of registration,
 * with their tokens and consent records, so that a payer whose registration went to a mistyped address can
 * register again. An account whose activation link (asked for again) is still valid is kept until it expires.
 */
@ApplicationScoped
class UnactivatedAccountRetention implements RetentionTask {

    private static final Logger LOG = Logger.getLogger(UnactivatedAccountRetention.class.getName());
    /** Per run; the next run takes the rest. Keeps one transaction small. */
    static final int BATCH_SIZE = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.retention.unactivated-account-days")
    int unactivatedAccountDays;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteExpired(Instant now) {
        List<PortalAccount> stale = em.createQuery("""
                SELECT a FROM PortalAccount a WHERE a.status = :pending AND a.createdAt < :cutoff
                AND NOT EXISTS (SELECT t FROM OneTimeToken t WHERE t.account = a AND t.purpose = :activation
                    AND t.usedAt IS NULL AND t.expiresAt > :now)
                ORDER BY a.id""", PortalAccount.class)
                .setParameter("pending", AccountStatus.PENDING_ACTIVATION)
                .setParameter("cutoff", now.minus(Duration.ofDays(unactivatedAccountDays)))
                .setParameter("activation", TokenPurpose.ACTIVATION)
                .setParameter("now", now)
                .setMaxResults(BATCH_SIZE)
                .getResultList();
        for (PortalAccount account : stale) {
            AccountRemoval.delete(em, account);
            LOG.info(() -> "Deleted portal account " + account.getId() + ", never activated");
        }
        return stale.size();
    }
}
