package si.utility.portal.billing.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports of the invoice list and the open items, made for Slovenian Excel: UTF-8 with a byte order mark
 * (without it Excel reads č as two letters), semicolons between fields and decimal commas.
 */
public final class BillingCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').build();
    private static final String BOM = "\uFEFF";

    private BillingCsv() {
    }

    /** @param headings the column titles in the visitor's language, by key, e.g. "number" */
    public static byte[] invoices(List<InvoiceRow> rows, Function<String, String> headings) {
        return write(headings, List.of("number", "issueDate", "dueDate", "periodFrom", "periodTo",
                "consumptionPoint", "net", "vat", "gross", "open"), rows, row -> List.of(row.number(),
                BillingFormats.spreadsheetDate(row.issueDate()), BillingFormats.spreadsheetDate(row.dueDate()),
                BillingFormats.spreadsheetDate(row.periodFrom()), BillingFormats.spreadsheetDate(row.periodTo()),
                row.consumptionPointCode() == null ? "" : row.consumptionPointCode(),
                BillingFormats.spreadsheetNumber(row.netAmount()), BillingFormats.spreadsheetNumber(row.vatAmount()),
                BillingFormats.spreadsheetNumber(row.grossAmount()),
                BillingFormats.spreadsheetNumber(row.openAmount())));
    }

    public static byte[] openItems(List<OpenItemRow> rows, Function<String, String> headings) {
        return write(headings, List.of("document", "issueDate", "dueDate", "original", "open", "daysOverdue",
                "reference"), rows, row -> List.of(row.documentNumber(),
                BillingFormats.spreadsheetDate(row.issueDate()), BillingFormats.spreadsheetDate(row.dueDate()),
                BillingFormats.spreadsheetNumber(row.originalAmount()),
                BillingFormats.spreadsheetNumber(row.openAmount()), String.valueOf(row.daysOverdue()),
                row.paymentReference()));
    }

    private static <T> byte[] write(Function<String, String> headings, List<String> columns, List<T> rows,
            Function<T, List<String>> values) {
        StringWriter text = new StringWriter();
        text.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(columns.stream().map(headings).toList());
            for (T row : rows) {
                printer.printRecord(values.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
