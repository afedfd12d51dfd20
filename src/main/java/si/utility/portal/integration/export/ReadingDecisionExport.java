package si.utility.portal.integration.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.utility.portal.consumption.domain.ReadingDecided;

/**
 * A reading the back office decided on goes out again with its new status: its export position is dropped in the
 * decision's transaction, so the next stamping gives it a position after everything a receiver has read. The
 * receiver sees the same reading id again, as the export's at-least-once rule allows, and keeps the newer status.
 */
@ApplicationScoped
class ReadingDecisionExport {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void exportAgain(@Observes ReadingDecided decided) {
        em.createQuery("DELETE FROM ExportEntry e WHERE e.stream = :stream AND e.recordId = :recordId")
                .setParameter("stream", ExportKind.READINGS.streamName())
                .setParameter("recordId", decided.readingId())
                .executeUpdate();
    }
}
