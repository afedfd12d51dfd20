package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Payer;

/**
 * {@code invoices.csv}: the invoices (računi) with the totals the billing system printed; their lines come in
 * {@code invoice_lines.csv}.
 */
@ApplicationScoped
public class InvoicesFile extends UpsertFile<InvoicesFile.Row, Invoice, InvoicesFile.Chunk> {

    record Row(String externalId, Long version, String invoiceNumber, String payer, String point,
            LocalDate issueDate, LocalDate dueDate, LocalDate periodFrom, LocalDate periodTo,
            PaymentReference paymentReference, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal grossAmount)
            implements UpsertFile.Parsed {
    }

    record Chunk(Map<String, Payer> payers, Map<String, ConsumptionPoint> points, NaturalKeys<Invoice> numbers) {
    }

    /** The columns an imported invoice has (which batch listed its lines is marked later, in full mode). */
    private static final BulkInsert<Invoice> INSERT = new BulkInsert<>("INVOICE", List.of(
            BulkInsert.Column.text("EXTERNAL_ID", invoice -> invoice.getSourceKey().getExternalId()),
            BulkInsert.Column.bigint("SOURCE_VERSION", invoice -> invoice.getSourceKey().getVersion()),
            BulkInsert.Column.text("INVOICE_NUMBER", Invoice::getInvoiceNumber),
            BulkInsert.Column.bigint("PAYER_ID", invoice -> invoice.getPayer().getId()),
            BulkInsert.Column.bigint("CONSUMPTION_POINT_ID", invoice -> invoice.getConsumptionPoint() == null ? null
                    : invoice.getConsumptionPoint().getId()),
            BulkInsert.Column.date("ISSUE_DATE", Invoice::getIssueDate),
            BulkInsert.Column.date("DUE_DATE", Invoice::getDueDate),
            BulkInsert.Column.date("PERIOD_FROM", Invoice::getPeriodFrom),
            BulkInsert.Column.date("PERIOD_TO", Invoice::getPeriodTo),
            BulkInsert.Column.text("PAYMENT_REFERENCE", Invoice::getPaymentReference),
            BulkInsert.Column.decimal("NET_AMOUNT", Invoice::getNetAmount),
            BulkInsert.Column.decimal("VAT_AMOUNT", Invoice::getVatAmount),
            BulkInsert.Column.decimal("GROSS_AMOUNT", Invoice::getGrossAmount)));

    public InvoicesFile() {
        super(Invoice.class, List.of("external_id", "invoice_number", "payer_external_id", "issue_date", "due_date",
                        "period_from", "period_to", "payment_reference", "net_amount", "vat_amount", "gross_amount"),
                List.of("point_external_id", "version"));
    }

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    Row parse(RowCheck check) {
        String externalId = check.externalId();
        Long version = check.version();
        String number = check.text("invoice_number", 20);
        String payer = check.reference("payer_external_id");
        String point = check.optionalReference("point_external_id");
        LocalDate issueDate = check.date("issue_date");
        LocalDate dueDate = check.date("due_date");
        LocalDate periodFrom = check.date("period_from");
        LocalDate periodTo = check.date("period_to");
        PaymentReference reference = paymentReference(check);
        BigDecimal net = check.decimal("net_amount", 12, 2);
        BigDecimal vat = check.decimal("vat_amount", 12, 2);
        BigDecimal gross = check.decimal("gross_amount", 12, 2);
        if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
            check.reject("due_date", "is before issue_date (" + dueDate + " < " + issueDate + ")");
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            check.reject("period_to", "is before period_from (" + periodTo + " < " + periodFrom + ")");
        }
        if (net != null && vat != null && gross != null && net.add(vat).compareTo(gross) != 0) {
            check.reject("gross_amount", "is not net_amount + vat_amount (" + net + " + " + vat + " = "
                    + net.add(vat) + ", was " + gross + ")");
        }
        return check.failed() ? null : new Row(externalId, version, number, payer, point, issueDate, dueDate,
                periodFrom, periodTo, reference, net, vat, gross);
    }

    private static PaymentReference paymentReference(RowCheck check) {
        String text = check.text("payment_reference", 40);
        if (text == null) {
            return null;
        }
        return PaymentReference.tryParse(text).orElseGet(() -> check.reject("payment_reference",
                "is not a valid SI or RF payment reference (model and check digits): " + text));
    }

    @Override
    Chunk references(List<Row> rows) {
        return new Chunk(Lookup.byExternalId(em, Payer.class, rows.stream().map(Row::payer).toList()),
                Lookup.byExternalId(em, ConsumptionPoint.class, rows.stream().map(Row::point).toList()),
                NaturalKeys.load(em, Invoice.class, "invoiceNumber", "invoice_number",
                        rows.stream().map(Row::invoiceNumber).toList(), Invoice::getInvoiceNumber));
    }

    @Override
    Invoice adoptable(Row row, Chunk chunk) {
        return chunk.numbers().adoptable(row.invoiceNumber());
    }

    @Override
    Problem problem(Row row, Invoice held, Chunk chunk) {
        if (!chunk.payers().containsKey(row.payer())) {
            return unknown("payer_external_id", row.payer());
        }
        if (row.point() != null && !chunk.points().containsKey(row.point())) {
            return unknown("point_external_id", row.point());
        }
        return chunk.numbers().conflict(row.invoiceNumber(), held);
    }

    @Override
    Invoice create(Row row, Chunk chunk) {
        Invoice invoice = new Invoice(row.invoiceNumber(), chunk.payers().get(row.payer()), point(row, chunk),
                row.issueDate(), row.dueDate(), row.periodFrom(), row.periodTo(), row.paymentReference());
        update(invoice, row, chunk);
        return invoice;
    }

    @Override
    void insert(List<Invoice> created) {
        INSERT.insert(em, created);
    }

    @Override
    boolean update(Invoice held, Row row, Chunk chunk) {
        chunk.numbers().forget(held);
        boolean changed = held.update(row.invoiceNumber(), chunk.payers().get(row.payer()), point(row, chunk),
                row.issueDate(), row.dueDate(), row.periodFrom(), row.periodTo(), row.paymentReference(),
                row.netAmount(), row.vatAmount(), row.grossAmount());
        chunk.numbers().track(held);
        return changed;
    }

    private static ConsumptionPoint point(Row row, Chunk chunk) {
        return row.point() == null ? null : chunk.points().get(row.point());
    }
}
