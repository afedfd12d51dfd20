package si.utility.portal.integration.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** {@link ExportStamper} in transactions of their own, so the stream's lock is held only while stamping. */
@ApplicationScoped
public class ExportStamping {

    static final int BATCH = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int stampBatch(ExportKind kind) {
        return ExportStamper.stamp(em, kind, BATCH);
    }
}
