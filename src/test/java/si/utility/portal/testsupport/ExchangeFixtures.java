package si.utility.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.FileMode;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.InvoiceDocuments;
import si.utility.portal.integration.exchange.RowResult;
import si.utility.portal.platform.persistence.SourceKey;

/**
 * Applies exchange CSV text through the portal's file types in one transaction, the way the importer applies a
 * chunk, until tests can send whole batches through the importer. Exists only in the test deployment.
 */
@ApplicationScoped
public class ExchangeFixtures {

    @Inject
    @Any
    Instance<ExchangeFile> files;

    @Inject
    InvoiceDocuments documents;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The file's rows in one chunk; in full mode, the file is completed after it. */
    @Transactional
    public List<RowResult> apply(String file, String csv, FileMode mode, String batchId) {
        ExchangeFile type = files.stream().filter(f -> f.name().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No file type " + file));
        ImportContext context = new ImportContext(batchId, mode);
        List<RowResult> results = type.apply(rows(file, csv), context);
        if (mode == FileMode.FULL) {
            type.completeFull(context);
        }
        return results;
    }

    @Transactional
    public List<RowResult> apply(String file, String csv) {
        return apply(file, csv, FileMode.DELTA, newBatchId());
    }

    @Transactional
    public RowResult storePdf(String invoiceNumber, byte[] pdf) {
        return documents.store(invoiceNumber, new ByteArrayInputStream(pdf),
                new ImportContext(newBatchId(), FileMode.DELTA));
    }

    /** A reading a customer entered in the portal, awaiting the billing system's verdict; answers its id. */
    @Transactional
    public long portalReading(String meterExternalId, LocalDate date, BigDecimal value) {
        Meter meter = em.createQuery("SELECT m FROM Meter m WHERE m.sourceKey.externalId = :id", Meter.class)
                .setParameter("id", meterExternalId).getSingleResult();
        MeterReading reading = new MeterReading(meter, date, value, ReadingSource.PORTAL,
                ReadingStatus.PENDING_REVIEW, Instant.now(), 1L);
        em.persist(reading);
        em.flush();
        return reading.getId();
    }

    /** A service the billing system sent (the services file is the importer's own). */
    @Transactional
    public void service(String externalId) {
        UtilityService service = new UtilityService(externalId.substring(0, Math.min(20, externalId.length())),
                "Oskrba s pitno vodo", "m3");
        service.setSourceKey(new SourceKey(externalId, null));
        em.persist(service);
    }

    public static String newBatchId() {
        return "test-" + UUID.randomUUID();
    }

    /** Reads an entity's column in its own transaction, to see what a chunk committed. */
    @Transactional
    public <T> List<T> query(String jpql, Class<T> type, Object... namesAndValues) {
        var query = em.createQuery(jpql, type);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return query.getResultList();
    }

    /** RFC 4180 with a header row; lines are counted as an editor shows them (the header is line 1). */
    static List<ExchangeRow> rows(String file, String csv) {
        List<List<String>> records = parse(csv);
        List<String> header = records.get(0);
        List<ExchangeRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < records.get(i).size(); c++) {
                values.put(header.get(c), records.get(i).get(c));
            }
            rows.add(new ExchangeRow(file, i + 1, values));
        }
        return rows;
    }

    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(value.toString());
                value.setLength(0);
            } else if (c == '\n') {
                record.add(value.toString());
                value.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                value.append(c);
            }
        }
        if (value.length() > 0 || !record.isEmpty()) {
            record.add(value.toString());
            records.add(record);
        }
        return records;
    }
}
