package si.utility.portal.integration.export;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Gives committed records their export positions. A cursor over ids (or over a sequence taken at insert) would pass
 * a record that took its id first and committed last; a position is instead taken here, after the record became
 * visible, while the stream's row is locked: stampings run one at a time and each hands out positions above every
 * earlier one. A record that commits late is simply stamped later, with a higher position than anything a reader
 * has seen, and readers read stamped records only.
 */
public final class ExportStamper {

    private ExportStamper() {
    }

    /**
     * Stamps at most {@code max} records of the stream, oldest id first, in the caller's transaction (which should
     * be short and commit at once: it holds the stream's lock). @return how many were stamped
     */
    public static int stamp(EntityManager em, ExportKind kind, int max) {
        ExportStream stream = em.find(ExportStream.class, kind.streamName(), LockModeType.PESSIMISTIC_WRITE);
        List<Long> unstamped = em.createQuery(kind.unstampedQuery(), Long.class)
                .setParameter("stream", kind.streamName())
                .setMaxResults(max)
                .getResultList();
        for (long recordId : unstamped) {
            em.persist(new ExportEntry(kind.streamName(), stream.nextPosition(), recordId));
        }
        em.flush();
        return unstamped.size();
    }
}
