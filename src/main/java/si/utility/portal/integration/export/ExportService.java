package si.utility.portal.integration.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The export API's pages: first the records committed since the last call are stamped, then a page of stamped
 * records after the cursor is read. At-least-once: a receiver that lost an answer asks again with its old cursor
 * and gets the same records (with the same ids) again.
 */
@ApplicationScoped
public class ExportService {

    /** Enough for any page (at most {@link ExportCursor#MAX_LIMIT}); the rest is stamped by the next calls. */
    private static final int MAX_BATCHES_PER_CALL = 10;

    @Inject
    ExportStamping stamping;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public ExportPage page(ExportKind kind, ExportCursor cursor) {
        for (int batch = 0; batch < MAX_BATCHES_PER_CALL && stamping.stampBatch(kind) == ExportStamping.BATCH;
                batch++) {
            // stamp on until the stream has no record left without a position
        }
        return ExportReader.read(em, kind, cursor);
    }
}
