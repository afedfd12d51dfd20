package si.utility.portal.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.retention.RetentionTask;

/** The one place audit rows are deleted: older than {@code portal.retention.audit-days}. */
@ApplicationScoped
class AuditRetention implements RetentionTask {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.retention.audit-days")
    int auditDays;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteExpired(Instant now) {
        return em.createNamedQuery(AuditEvent.DELETE_BEFORE)
                .setParameter("cutoff", now.minus(Duration.ofDays(auditDays)))
                .executeUpdate();
    }
}
