package si.utility.portal.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes audit rows. In the caller's transaction when there is one, so an action and its row commit or roll back
 * together; a refused attempt (which changes nothing else) gets a transaction of its own.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void record(Actor actor, AuditAction action, Long payerId, Long accountId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, payerId, accountId, detail));
    }

    /** For a refusal whose caller rolls back (it throws a validation failure): the row commits on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOnItsOwn(Actor actor, AuditAction action, Long payerId, Long accountId, String detail) {
        record(actor, action, payerId, accountId, detail);
    }

    @Transactional
    public void record(Actor actor, AuditAction action, String detail) {
        record(actor, action, null, null, detail);
    }
}
