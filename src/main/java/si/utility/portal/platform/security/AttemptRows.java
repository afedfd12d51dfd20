package si.utility.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * The SQL of {@link AttemptCounter}, each call in a transaction of its own: a count must stay when the caller's
 * transaction rolls back (a refused registration), and a lost insert race must not spoil the caller's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AttemptRows {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Adds one attempt with conditional UPDATEs (the database serialises concurrent ones on the row), and
     * inserts the row when there is none. Two nodes inserting the same new key at once: one insert fails on
     * the primary key and {@link AttemptCounter} tries once more, when the UPDATE finds the row.
     */
    public void addOne(String key, LocalDateTime now, LocalDateTime forgetBefore) {
        if (update(AttemptCount.ADD_ONE, key, now, forgetBefore) > 0
                || update(AttemptCount.RESTART, key, now, forgetBefore) > 0) {
            return;
        }
        // A new key: the moment to drop the counters that went quiet, so the table holds only live ones.
        em.createNamedQuery(AttemptCount.DELETE_QUIET).setParameter("forgetBefore", forgetBefore).executeUpdate();
        em.persist(new AttemptCount(key, now));
        em.flush();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptCount find(String key) {
        return em.createQuery("SELECT c FROM AttemptCount c WHERE c.counterKey = :key", AttemptCount.class)
                .setParameter("key", key)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    public void delete(String key) {
        em.createNamedQuery(AttemptCount.DELETE_KEY).setParameter("key", key).executeUpdate();
    }

    private int update(String query, String key, LocalDateTime now, LocalDateTime forgetBefore) {
        return em.createNamedQuery(query)
                .setParameter("key", key)
                .setParameter("now", now)
                .setParameter("forgetBefore", forgetBefore)
                .executeUpdate();
    }
}
