package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.InvoiceLine;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.FileMode;
import si.utility.portal.integration.exchange.ImportContext;

/**
 * {@code invoice_lines.csv}: the lines of the invoices, in the billing system's order ({@code line_number}) and
 * with its net amounts. In full mode, the lines of the invoices the file named that it did not list are removed.
 */
@ApplicationScoped
public class InvoiceLinesFile extends UpsertFile<InvoiceLinesFile.Row, InvoiceLine, InvoiceLinesFile.Chunk> {

    record Row(String externalId, Long version, String invoice, int lineNumber, String service,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate, BigDecimal netAmount)
            implements UpsertFile.Parsed {
    }

    /** The chunk's invoices and services, and each invoice's lines by line number. */
    record Chunk(Map<String, Invoice> invoices, Map<String, UtilityService> services,
            Map<Invoice, Map<Integer, InvoiceLine>> lines) {

        Map<Integer, InvoiceLine> of(Invoice invoice) {
            return lines.computeIfAbsent(invoice, i -> new HashMap<>());
        }
    }

    /** The columns an imported line has (which batch listed it is marked after the chunk, in full mode). */
    private static final BulkInsert<InvoiceLine> INSERT = new BulkInsert<>("INVOICE_LINE", List.of(
            BulkInsert.Column.text("EXTERNAL_ID", line -> line.getSourceKey().getExternalId()),
            BulkInsert.Column.bigint("SOURCE_VERSION", line -> line.getSourceKey().getVersion()),
            BulkInsert.Column.bigint("INVOICE_ID", line -> line.getInvoice().getId()),
            BulkInsert.Column.integer("LINE_NUMBER", InvoiceLine::getLineNumber),
            BulkInsert.Column.bigint("SERVICE_ID", line -> line.getService().getId()),
            BulkInsert.Column.decimal("QUANTITY", InvoiceLine::getQuantity),
            BulkInsert.Column.decimal("UNIT_PRICE", InvoiceLine::getUnitPrice),
            BulkInsert.Column.decimal("VAT_RATE", InvoiceLine::getVatRate),
            BulkInsert.Column.decimal("NET_AMOUNT", InvoiceLine::getNetAmount)));

    public InvoiceLinesFile() {
        super(InvoiceLine.class, List.of("external_id", "invoice_external_id", "line_number", "service_external_id",
                "quantity", "unit_price", "vat_rate", "net_amount"), List.of("version"));
    }

    @Override
    public String name() {
        return "invoice_lines";
    }

    @Override
    Row parse(RowCheck check) {
        Row row = new Row(check.externalId(), check.version(), check.reference("invoice_external_id"),
                orZero(check.integer("line_number", 1, 9999)), check.reference("service_external_id"),
                check.decimal("quantity", 15, 3), check.decimal("unit_price", 12, 4),
                check.nonNegativeDecimal("vat_rate", 5, 2), check.decimal("net_amount", 12, 2));
        return check.failed() ? null : row;
    }

    private static int orZero(Integer number) {
        return number == null ? 0 : number;
    }

    @Override
    Chunk references(List<Row> rows) {
        Map<String, Invoice> invoices = Lookup.byExternalId(em, Invoice.class,
                rows.stream().map(Row::invoice).toList());
        Chunk chunk = new Chunk(invoices, Lookup.byExternalId(em, UtilityService.class,
                rows.stream().map(Row::service).toList()), new HashMap<>());
        Lookup.in(invoices.values(), slice -> em.createQuery(
                        "SELECT l FROM InvoiceLine l WHERE l.invoice IN :invoices", InvoiceLine.class)
                .setParameter("invoices", slice).getResultList())
                .forEach(line -> chunk.of(line.getInvoice()).put(line.getLineNumber(), line));
        return chunk;
    }

    @Override
    Problem problem(Row row, InvoiceLine held, Chunk chunk) {
        Invoice invoice = chunk.invoices().get(row.invoice());
        if (invoice == null) {
            return unknown("invoice_external_id", row.invoice());
        }
        if (!chunk.services().containsKey(row.service())) {
            return unknown("service_external_id", row.service());
        }
        InvoiceLine other = chunk.of(invoice).get(row.lineNumber());
        if (other != null && other != held) {
            return new Problem("line_number", "invoice " + invoice.getInvoiceNumber() + " already has line "
                    + row.lineNumber() + " (external_id " + other.getSourceKey().getExternalId() + ")");
        }
        return null;
    }

    @Override
    InvoiceLine create(Row row, Chunk chunk) {
        Invoice invoice = chunk.invoices().get(row.invoice());
        InvoiceLine line = new InvoiceLine(invoice, row.lineNumber(), chunk.services().get(row.service()),
                row.quantity(), row.unitPrice(), row.vatRate(), row.netAmount());
        chunk.of(invoice).put(row.lineNumber(), line);
        return line;
    }

    @Override
    void insert(List<InvoiceLine> created) {
        INSERT.insert(em, created);
    }

    @Override
    boolean update(InvoiceLine held, Row row, Chunk chunk) {
        Invoice invoice = chunk.invoices().get(row.invoice());
        chunk.of(held.getInvoice()).remove(held.getLineNumber(), held);
        chunk.of(invoice).put(row.lineNumber(), held);
        return held.update(invoice, row.lineNumber(), chunk.services().get(row.service()), row.quantity(),
                row.unitPrice(), row.vatRate(), row.netAmount());
    }

    @Override
    void chunkApplied(List<ExchangeRow> rows, List<InvoiceLine> applied, ImportContext context) {
        if (context.mode() != FileMode.FULL) {
            return;
        }
        Lookup.in(listedExternalIds(rows), ids -> List.of(em.createQuery(
                        "UPDATE InvoiceLine l SET l.listedInBatch = :batch WHERE l.sourceKey.externalId IN :ids")
                .setParameter("batch", context.batchId()).setParameter("ids", ids).executeUpdate()));
        Lookup.in(applied.stream().map(line -> line.getInvoice().getId()).toList(), ids -> List.of(em.createQuery(
                        "UPDATE Invoice i SET i.linesListedIn = :batch WHERE i.id IN :ids")
                .setParameter("batch", context.batchId()).setParameter("ids", ids).executeUpdate()));
    }

    @Override
    public long completeFull(ImportContext context) {
        return em.createQuery("""
                        DELETE FROM InvoiceLine l
                        WHERE l.invoice.id IN (SELECT i.id FROM Invoice i WHERE i.linesListedIn = :batch)
                          AND (l.listedInBatch IS NULL OR l.listedInBatch <> :batch)""")
                .setParameter("batch", context.batchId()).executeUpdate();
    }
}
