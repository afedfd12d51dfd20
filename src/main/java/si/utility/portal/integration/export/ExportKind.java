package si.utility.portal.integration.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The streams of the export API, by their name in the URL, each with its records' columns (in CSV order) and the
 * JPQL that finds its records not yet stamped and reads its stamped ones: the position, then the columns in their
 * order (values, not entities: one query a page, and EclipseLink's fetch joins beside a position misread rows).
 */
public enum ExportKind {

    READINGS("readings", List.of("id", "meterId", "meterSerialNumber", "pointCode", "readingDate", "value", "status",
            "enteredAt", "enteredByAccountId"), """
            SELECT r.id FROM MeterReading r
            WHERE r.source = si.utility.portal.consumption.domain.ReadingSource.PORTAL
              AND NOT EXISTS (SELECT e FROM ExportEntry e WHERE e.stream = :stream AND e.recordId = r.id)
            ORDER BY r.id""", """
            SELECT e.position, r.id, r.meter.id, r.meter.serialNumber, r.meter.consumptionPoint.code, r.readingDate,
                   r.readingValue, r.status, r.enteredAt, r.enteredBy
            FROM ExportEntry e, MeterReading r
            WHERE e.stream = :stream AND e.recordId = r.id AND e.position > :after
            ORDER BY e.position"""),

    MESSAGES("messages", List.of("id", "payerCode", "accountId", "senderName", "senderEmail", "body", "submittedAt",
            "status"), """
            SELECT m.id FROM ContactMessage m
            WHERE NOT EXISTS (SELECT e FROM ExportEntry e WHERE e.stream = :stream AND e.recordId = m.id)
            ORDER BY m.id""", """
            SELECT e.position, m.id, m.payer.code, m.accountId, m.senderName, m.senderEmail, m.body, m.submittedAt,
                   m.status
            FROM ExportEntry e, ContactMessage m
            WHERE e.stream = :stream AND e.recordId = m.id AND e.position > :after
            ORDER BY e.position"""),

    ACCOUNT_EVENTS("account-events", List.of("id", "type", "accountId", "payerCode", "email", "occurredAt"), """
            SELECT a.id FROM AccountEvent a
            WHERE NOT EXISTS (SELECT e FROM ExportEntry e WHERE e.stream = :stream AND e.recordId = a.id)
            ORDER BY a.id""", """
            SELECT e.position, a.id, a.type, a.accountId, a.payerCode, a.email, a.occurredAt
            FROM ExportEntry e, AccountEvent a
            WHERE e.stream = :stream AND e.recordId = a.id AND e.position > :after
            ORDER BY e.position""");

    private final String streamName;
    private final List<String> columns;
    private final String unstampedQuery;
    private final String stampedQuery;

    ExportKind(String streamName, List<String> columns, String unstampedQuery, String stampedQuery) {
        this.streamName = streamName;
        this.columns = columns;
        this.unstampedQuery = unstampedQuery;
        this.stampedQuery = stampedQuery;
    }

    public static Optional<ExportKind> ofStreamName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.streamName.equals(name)).findFirst();
    }

    public String streamName() {
        return streamName;
    }

    public List<String> columns() {
        return columns;
    }

    String unstampedQuery() {
        return unstampedQuery;
    }

    String stampedQuery() {
        return stampedQuery;
    }
}
