package si.utility.portal.integration.export;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a page of stamped records after a cursor, in position order, as the export's columns. */
public final class ExportReader {

    private ExportReader() {
    }

    public static ExportPage read(EntityManager em, ExportKind kind, ExportCursor cursor) {
        List<Object[]> rows = em.createQuery(kind.stampedQuery(), Object[].class)
                .setParameter("stream", kind.streamName())
                .setParameter("after", cursor.after())
                .setMaxResults(cursor.limit())
                .getResultList();
        List<ExportRecord> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(new ExportRecord((Long) row[0], values(kind.columns(), row)));
        }
        Long last = records.isEmpty() ? null : records.get(records.size() - 1).position();
        return new ExportPage(kind, records, cursor.next(last));
    }

    /** The row's values after its position, by column; dates, instants and states as their text. */
    private static Map<String, Object> values(List<String> columns, Object[] row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row[i + 1];
            values.put(columns.get(i), value instanceof Number || value == null ? value
                    : value instanceof Enum<?> state ? state.name() : value.toString());
        }
        return values;
    }
}
