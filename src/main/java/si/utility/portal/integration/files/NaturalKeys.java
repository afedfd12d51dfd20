package si.utility.portal.integration.files;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import si.utility.portal.integration.files.UpsertFile.Problem;
import si.utility.portal.platform.persistence.Sourced;

/**
 * The records holding the natural keys of a chunk's rows (a payer's code, a meter's serial number), which are
 * unique in the portal too: a row may take over the portal's own record with its key, never another record's.
 */
final class NaturalKeys<E extends Sourced> {

    private final String column;
    private final Function<E, String> keyOf;
    private final Map<String, E> byKey;

    private NaturalKeys(String column, Function<E, String> keyOf, Map<String, E> byKey) {
        this.column = column;
        this.keyOf = keyOf;
        this.byKey = byKey;
    }

    static <E extends Sourced> NaturalKeys<E> load(EntityManager em, Class<E> type, String attribute, String column,
            Collection<String> keys, Function<E, String> keyOf) {
        return new NaturalKeys<>(column, keyOf, Lookup.byAttribute(em, type, attribute, keys, keyOf));
    }

    /** The portal's own record (no external_id) with that key, or {@code null}. */
    E adoptable(String key) {
        E owner = byKey.get(key);
        return owner != null && owner.getSourceKey().getExternalId() == null ? owner : null;
    }

    /** A problem when another record than the one the row updates has the key. */
    Problem conflict(String key, E held) {
        E owner = byKey.get(key);
        return owner != null && owner != held ? new Problem(column, column + " " + key
                + " belongs to the record with external_id " + owner.getSourceKey().getExternalId()) : null;
    }

    /** Call before the entity takes the row's key. */
    void forget(E entity) {
        byKey.remove(keyOf.apply(entity), entity);
    }

    /** Call after the entity took the row's key. */
    void track(E entity) {
        byKey.put(keyOf.apply(entity), entity);
    }
}
