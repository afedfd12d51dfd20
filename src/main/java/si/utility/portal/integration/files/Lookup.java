package si.utility.portal.integration.files;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import si.utility.portal.platform.persistence.Sourced;

/**
 * Loads the records a chunk of rows refers to with one query per kind ({@code WHERE ... IN (...)}), never one
 * per row, so a chunk of thousands of rows costs a handful of round trips.
 */
final class Lookup {

    /**
     * Values per statement. Derby and PostgreSQL take far more, but Derby's optimizer prices an IN list of 500 on
     * a table of a few thousand rows as cheaper scanned than probed in the index, and then compares every row
     * with all 500 values: an import that fills a table spent most of its time there. In slices of 100, 500 keys
     * cost 5 to 7 ms at every table size measured (500 to 40,000 rows, stand-alone Derby 10.16).
     */
    private static final int SLICE = 100;

    private Lookup() {
    }

    /** The records of that entity by their external_id (entity names are the classes' simple names). */
    static <E extends Sourced> Map<String, E> byExternalId(EntityManager em, Class<E> type, Collection<String> ids) {
        return byAttribute(em, type, "sourceKey.externalId", ids, e -> e.getSourceKey().getExternalId());
    }

    static <E> Map<String, E> byAttribute(EntityManager em, Class<E> type, String attribute,
            Collection<String> values, Function<E, String> valueOf) {
        List<String> distinct = values.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, E> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            List<String> slice = distinct.subList(from, Math.min(distinct.size(), from + SLICE));
            em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e." + attribute + " IN :values", type)
                    .setParameter("values", slice)
                    .getResultList()
                    .forEach(e -> found.put(valueOf.apply(e), e));
        }
        return found;
    }

    /** Runs the query for the values in slices and answers all it found. */
    static <T, R> List<R> in(Collection<T> values, Function<List<T>, List<R>> query) {
        List<T> distinct = values.stream().filter(Objects::nonNull).distinct().toList();
        List<R> result = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            result.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + SLICE))));
        }
        return result;
    }
}
