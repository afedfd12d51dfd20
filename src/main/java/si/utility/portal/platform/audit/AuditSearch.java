package si.utility.portal.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import si.utility.portal.platform.time.ClockProducer;

/** Reads the audit log for admins: newest first, paged in the database, and as a CSV export of a whole search. */
@ApplicationScoped
public class AuditSearch {

    public static final List<String> CSV_COLUMNS = List.of("id", "occurredAt", "actor", "action", "payerId",
            "accountId", "clientAddress", "detail");
    private static final int EXPORT_PAGE = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<AuditEvent> page(AuditFilter filter, int first, int size) {
        return query(filter, "SELECT e FROM AuditEvent e", " ORDER BY e.id DESC", AuditEvent.class, Long.MAX_VALUE)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList();
    }

    public long count(AuditFilter filter) {
        return query(filter, "SELECT COUNT(e) FROM AuditEvent e", "", Long.class, Long.MAX_VALUE).getSingleResult();
    }

    /** Writes every row the filter finds as RFC 4180 CSV, a thousand rows a query, so memory stays small. */
    public long export(AuditFilter filter, Writer out) {
        long written = 0;
        long below = Long.MAX_VALUE;
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).build())) {
            List<AuditEvent> rows;
            do {
                rows = query(filter, "SELECT e FROM AuditEvent e", " ORDER BY e.id DESC", AuditEvent.class, below)
                        .setMaxResults(EXPORT_PAGE).getResultList();
                for (AuditEvent event : rows) {
                    printer.printRecord(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
                            event.getPayerId(), event.getAccountId(), event.getClientAddress(), event.getDetail());
                    below = event.getId();
                }
                written += rows.size();
                em.clear();
            } while (rows.size() == EXPORT_PAGE);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type, long belowId) {
        StringBuilder where = new StringBuilder(" WHERE e.id < :below");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("below", belowId);
        if (filter.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(ClockProducer.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant());
        }
        if (filter.action() != null) {
            where.append(" AND e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND e.actor = :actor");
            parameters.put("actor", filter.actor().strip());
        }
        if (filter.payerId() != null) {
            where.append(" AND e.payerId = :payerId");
            parameters.put("payerId", filter.payerId());
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
