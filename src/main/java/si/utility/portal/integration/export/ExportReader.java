package si.utility.portal.integration.export;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import si.utility.portal.account.domain.AccountEvent;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.contact.domain.ContactMessage;

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
            records.add(new ExportRecord((Long) row[0], values(row[1])));
        }
        Long last = records.isEmpty() ? null : records.get(records.size() - 1).position();
        return new ExportPage(kind, records, cursor.next(last));
    }

    private static Map<String, Object> values(Object record) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (record instanceof MeterReading r) {
            values.put("id", r.getId());
            values.put("meterId", r.getMeter().getId());
            values.put("meterSerialNumber", r.getMeter().getSerialNumber());
            values.put("pointCode", r.getMeter().getConsumptionPoint().getCode());
            values.put("readingDate", r.getReadingDate().toString());
            values.put("value", r.getReadingValue());
            values.put("status", r.getStatus().name());
            values.put("enteredAt", text(r.getEnteredAt()));
            values.put("enteredByAccountId", r.getEnteredBy());
        } else if (record instanceof ContactMessage m) {
            values.put("id", m.getId());
            values.put("payerCode", m.getPayer().getCode());
            values.put("accountId", m.getAccountId());
            values.put("senderName", m.getSenderName());
            values.put("senderEmail", m.getSenderEmail());
            values.put("body", m.getBody());
            values.put("submittedAt", text(m.getSubmittedAt()));
            values.put("status", m.getStatus().name());
        } else if (record instanceof AccountEvent a) {
            values.put("id", a.getId());
            values.put("type", a.getType().name());
            values.put("accountId", a.getAccountId());
            values.put("payerCode", a.getPayerCode());
            values.put("email", a.getEmail());
            values.put("occurredAt", text(a.getOccurredAt()));
        } else {
            throw new IllegalStateException("Not an exported record: " + record.getClass());
        }
        return values;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
