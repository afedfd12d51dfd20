package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import si.utility.portal.integration.importing.domain.ImportLock;

/**
 * The import lock ({@link ImportLock}): one node at a time applies batches. A claim is an UPDATE that only matches
 * a free or run-out lock (or one already this holder's), so of two nodes claiming at once exactly one gets it,
 * on Derby and PostgreSQL alike; the holder renews it in every chunk's transaction.
 */
@ApplicationScoped
public class ImportLease {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ImportSettings settings;

    /** In a transaction of its own (committed at once, so other nodes see it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String holder) {
        return renew(holder);
    }

    /** In the caller's transaction: a chunk commits only while its node still holds the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renewOrFail(String holder) {
        if (!renew(holder)) {
            throw new LeaseLostException(holder);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String holder) {
        em.createNamedQuery(ImportLock.RELEASE).setParameter("name", ImportLock.IMPORT)
                .setParameter("holder", holder).executeUpdate();
    }

    private boolean renew(String holder) {
        Instant now = clock.instant();
        return em.createNamedQuery(ImportLock.CLAIM).setParameter("holder", holder)
                .setParameter("leaseUntil", now.plus(settings.lease())).setParameter("name", ImportLock.IMPORT)
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** Another node took the lock over (this one stalled longer than the lease): this one stops. */
    public static class LeaseLostException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LeaseLostException(String holder) {
            super("Import lock no longer held by " + holder);
        }
    }
}
