package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.FileMode;
import si.utility.portal.integration.exchange.ImportContext;

/**
 * {@code open_items.csv}: what payers still owe, and credits not used up (odprte postavke). In full mode the
 * file is the whole truth for the payers it names: their items it no longer lists are settled (open amount 0).
 */
@ApplicationScoped
public class OpenItemsFile extends UpsertFile<OpenItemsFile.Row, OpenItem, OpenItemsFile.Chunk> {

    record Row(String externalId, Long version, String payer, String invoice, String documentNumber,
            LocalDate issueDate, LocalDate dueDate, BigDecimal originalAmount, BigDecimal openAmount)
            implements UpsertFile.Parsed {
    }

    record Chunk(Map<String, Payer> payers, Map<String, Invoice> invoices) {
    }

    public OpenItemsFile() {
        super(OpenItem.class, List.of("external_id", "payer_external_id", "document_number", "issue_date",
                "due_date", "original_amount", "open_amount"), List.of("invoice_external_id", "version"));
    }

    @Override
    public String name() {
        return "open_items";
    }

    @Override
    Row parse(RowCheck check) {
        Row row = new Row(check.externalId(), check.version(), check.reference("payer_external_id"),
                check.optionalReference("invoice_external_id"), check.text("document_number", 20),
                check.date("issue_date"), check.date("due_date"), check.decimal("original_amount", 12, 2),
                check.decimal("open_amount", 12, 2));
        if (row.issueDate() != null && row.dueDate() != null && row.dueDate().isBefore(row.issueDate())) {
            check.reject("due_date", "is before issue_date (" + row.dueDate() + " < " + row.issueDate() + ")");
        }
        return check.failed() ? null : row;
    }

    @Override
    Chunk references(List<Row> rows) {
        return new Chunk(Lookup.byExternalId(em, Payer.class, rows.stream().map(Row::payer).toList()),
                Lookup.byExternalId(em, Invoice.class, rows.stream().map(Row::invoice).toList()));
    }

    @Override
    Problem problem(Row row, OpenItem held, Chunk chunk) {
        Payer payer = chunk.payers().get(row.payer());
        if (payer == null) {
            return unknown("payer_external_id", row.payer());
        }
        if (row.invoice() == null) {
            return null;
        }
        Invoice invoice = chunk.invoices().get(row.invoice());
        if (invoice == null) {
            return unknown("invoice_external_id", row.invoice());
        }
        return invoice.getPayer() != payer ? new Problem("invoice_external_id", "invoice_external_id "
                + row.invoice() + " is an invoice of another payer, not of " + row.payer()) : null;
    }

    @Override
    OpenItem create(Row row, Chunk chunk) {
        return new OpenItem(chunk.payers().get(row.payer()), invoice(row, chunk), row.documentNumber(),
                row.issueDate(), row.dueDate(), row.originalAmount(), row.openAmount());
    }

    @Override
    boolean update(OpenItem held, Row row, Chunk chunk) {
        return held.update(chunk.payers().get(row.payer()), invoice(row, chunk), row.documentNumber(),
                row.issueDate(), row.dueDate(), row.originalAmount(), row.openAmount());
    }

    private static Invoice invoice(Row row, Chunk chunk) {
        return row.invoice() == null ? null : chunk.invoices().get(row.invoice());
    }

    @Override
    void chunkApplied(List<ExchangeRow> rows, List<OpenItem> applied, ImportContext context) {
        if (context.mode() != FileMode.FULL) {
            return;
        }
        Lookup.in(listedExternalIds(rows), ids -> List.of(em.createQuery(
                        "UPDATE OpenItem o SET o.listedInBatch = :batch WHERE o.sourceKey.externalId IN :ids")
                .setParameter("batch", context.batchId()).setParameter("ids", ids).executeUpdate()));
        Lookup.in(applied.stream().map(item -> item.getPayer().getId()).toList(), ids -> List.of(em.createQuery(
                        "UPDATE Payer p SET p.openItemsListedIn = :batch WHERE p.id IN :ids")
                .setParameter("batch", context.batchId()).setParameter("ids", ids).executeUpdate()));
    }

    @Override
    public long completeFull(ImportContext context) {
        return em.createQuery("""
                        UPDATE OpenItem o SET o.openAmount = 0
                        WHERE o.payer.id IN (SELECT p.id FROM Payer p WHERE p.openItemsListedIn = :batch)
                          AND (o.listedInBatch IS NULL OR o.listedInBatch <> :batch) AND o.openAmount <> 0""")
                .setParameter("batch", context.batchId()).executeUpdate();
    }
}
