package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;

/**
 * {@code reading_results.csv}: the billing system's verdict on readings customers entered in the portal (by the
 * portal's id from the export), so the customer sees the final status. Accepted readings count for consumption
 * from then on; rejected ones no longer do.
 */
@ApplicationScoped
public class ReadingResultsFile implements ExchangeFile {

    /** What the billing system decided. */
    enum Result {
        ACCEPTED(ReadingStatus.ACCEPTED), REJECTED(ReadingStatus.REJECTED);

        final ReadingStatus status;

        Result(ReadingStatus status) {
            this.status = status;
        }
    }

    record Row(long readingId, ReadingStatus status, String reason) {
    }

    private static final int MAX_REASON_LENGTH = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "reading_results";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("reading_id", "result");
    }

    @Override
    public Set<String> knownColumns() {
        return Set.of("reading_id", "result", "reason");
    }

    static Row parse(RowCheck check) {
        String id = check.text("reading_id", 19);
        Long readingId = null;
        if (id != null) {
            try {
                readingId = Long.parseLong(id);
            } catch (NumberFormatException e) {
                check.reject("reading_id", "is not a reading id of the portal's export: " + id);
            }
        }
        Result result = check.oneOf("result", Result.class);
        String reason = check.optionalText("reason", MAX_REASON_LENGTH);
        return check.failed() ? null : new Row(readingId, result.status, reason);
    }

    @Override
    public List<RowResult> apply(List<ExchangeRow> rows, ImportContext context) {
        List<RowResult> results = new ArrayList<>(rows.size());
        List<Row> parsed = new ArrayList<>(rows.size());
        for (ExchangeRow row : rows) {
            RowCheck check = new RowCheck(row);
            parsed.add(parse(check));
            results.add(check.failed() ? check.rejection() : null);
        }
        Map<Long, MeterReading> readings = new HashMap<>();
        Lookup.in(parsed.stream().filter(r -> r != null).map(Row::readingId).toList(), ids -> em.createQuery(
                        "SELECT r FROM MeterReading r WHERE r.id IN :ids AND r.source = :portal", MeterReading.class)
                .setParameter("ids", ids).setParameter("portal", ReadingSource.PORTAL).getResultList())
                .forEach(reading -> readings.put(reading.getId(), reading));
        for (int i = 0; i < rows.size(); i++) {
            Row row = parsed.get(i);
            if (row == null) {
                continue;
            }
            MeterReading reading = readings.get(row.readingId());
            results.set(i, reading == null
                    ? RowResult.rejected(rows.get(i), "reading_id", "reading_id " + row.readingId()
                            + " is not a reading entered in the portal")
                    : RowResult.of(rows.get(i), reading.settle(row.status(), row.reason())
                            ? RowOutcome.UPDATED : RowOutcome.UNCHANGED));
        }
        return results;
    }

    /** A result file only reports on the readings it lists; full mode changes nothing else. */
    @Override
    public long completeFull(ImportContext context) {
        return 0;
    }
}
