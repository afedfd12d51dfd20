package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A strict batch ({@code "strict": true}) applies in one transaction: any rejected row rolls all of it back, so
 * nothing of the batch stays. After each chunk the persistence context is written out and emptied, so the heap
 * stays bounded while the database holds the uncommitted rows. Bounded by the server's transaction timeout.
 */
@ApplicationScoped
public class StrictRun {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void inOneTransaction(Runnable run) {
        run.run();
    }

    /** Between two chunks of the strict transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release() {
        em.flush();
        em.clear();
    }
}
