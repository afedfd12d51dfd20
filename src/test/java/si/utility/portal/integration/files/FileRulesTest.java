package si.utility.portal.integration.files;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.integration.files.RowCheckTest.assertRejected;
import static si.utility.portal.integration.files.RowCheckTest.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.integration.exchange.ExchangeFile;

/** The rules of each file type that need no database: what its rows must hold before anything is written. */
class FileRulesTest {

    private static final String[] METER = {"external_id", "M-1", "serial_number", "W-1", "point_external_id",
            "OM-1", "medium", "cold_water", "unit", "m3", "digits", "5", "decimals", "3", "installed_on",
            "2020-01-01"};

    private static final String[] INVOICE = {"external_id", "I-1", "invoice_number", "12345678",
            "payer_external_id", "P-1", "issue_date", "2026-11-05", "due_date", "2026-11-20", "period_from",
            "2026-10-01", "period_to", "2026-10-31", "payment_reference", "SI12 1234123456789", "net_amount",
            "10.00", "vat_amount", "0.95", "gross_amount", "10.95"};

    private static String[] with(String[] base, String... changes) {
        List<String> values = new java.util.ArrayList<>(List.of(base));
        for (int i = 0; i < changes.length; i += 2) {
            int at = values.indexOf(changes[i]);
            if (at >= 0 && at % 2 == 0) {
                values.set(at + 1, changes[i + 1]);
            } else {
                values.add(changes[i]);
                values.add(changes[i + 1]);
            }
        }
        return values.toArray(String[]::new);
    }

    @Test
    void everyFileKnowsItsRequiredColumns() {
        for (ExchangeFile file : List.of(new PayersFile(), new ConsumptionPointsFile(), new PointPayersFile(),
                new PointServicesFile(), new MetersFile(), new ReadingsFile(), new ReadingResultsFile(),
                new InvoicesFile(), new InvoiceLinesFile(), new OpenItemsFile())) {
            assertThat(file.knownColumns()).as(file.name()).containsAll(file.requiredColumns());
        }
        assertThat(new MetersFile().knownColumns()).containsExactlyInAnyOrder("external_id", "serial_number",
                "point_external_id", "medium", "unit", "digits", "decimals", "installed_on", "removed_on",
                "calibration_due", "version");
    }

    @Test
    void aValidMeterRowParses() {
        RowCheck check = check(METER);
        MetersFile.Row row = new MetersFile().parse(check);
        assertThat(check.failed()).isFalse();
        assertThat(row.digits()).isEqualTo(5);
        assertThat(row.removedOn()).isNull();
    }

    @Test
    void aMetersUnitMustBeItsMediumsUnit() {
        RowCheck check = check(with(METER, "medium", "heat", "unit", "m3"));
        new MetersFile().parse(check);
        assertRejected(check, "unit", "must be kWh for heat, was m3");
    }

    @Test
    void aMeterHasAtMostTwelveDigitsAndThreeDecimals() {
        RowCheck digits = check(with(METER, "digits", "13"));
        new MetersFile().parse(digits);
        assertRejected(digits, "digits", "must be from 1 to 12");
        RowCheck decimals = check(with(METER, "decimals", "4"));
        new MetersFile().parse(decimals);
        assertRejected(decimals, "decimals", "must be from 0 to 3");
    }

    @Test
    void aMeterIsNotRemovedBeforeItWasInstalled() {
        RowCheck check = check(with(METER, "removed_on", "2019-12-31"));
        new MetersFile().parse(check);
        assertRejected(check, "removed_on", "is before installed_on");
    }

    @Test
    void anUnknownMediumIsRejected() {
        RowCheck check = check(with(METER, "medium", "electricity"));
        new MetersFile().parse(check);
        assertRejected(check, "medium", "must be one of");
    }

    @Test
    void anOccupancyEndsOnOrAfterItsStart() {
        RowCheck check = check("external_id", "O-1", "point_external_id", "OM-1", "payer_external_id", "P-1",
                "valid_from", "2026-06-01", "valid_to", "2026-05-31");
        new PointPayersFile().parse(check);
        assertRejected(check, "valid_to", "is before valid_from");
        RowCheck oneDay = check("external_id", "O-1", "point_external_id", "OM-1", "payer_external_id", "P-1",
                "valid_from", "2026-06-01", "valid_to", "2026-06-01");
        new PointPayersFile().parse(oneDay);
        assertThat(oneDay.failed()).isFalse();
    }

    @Test
    void aValidInvoiceRowParses() {
        RowCheck check = check(INVOICE);
        InvoicesFile.Row row = new InvoicesFile().parse(check);
        assertThat(check.failed()).isFalse();
        assertThat(row.paymentReference().printed()).isEqualTo("SI12 1234123456789");
        assertThat(row.point()).isNull();
    }

    @Test
    void anInvoicesGrossIsNetPlusVat() {
        RowCheck check = check(with(INVOICE, "gross_amount", "10.96"));
        new InvoicesFile().parse(check);
        assertRejected(check, "gross_amount", "is not net_amount + vat_amount (10.00 + 0.95 = 10.95, was 10.96)");
    }

    @Test
    void anInvoiceIsDueOnOrAfterItsIssueAndItsPeriodEndsAfterItStarts() {
        RowCheck due = check(with(INVOICE, "due_date", "2026-11-04"));
        new InvoicesFile().parse(due);
        assertRejected(due, "due_date", "is before issue_date");
        RowCheck period = check(with(INVOICE, "period_to", "2026-09-30"));
        new InvoicesFile().parse(period);
        assertRejected(period, "period_to", "is before period_from");
    }

    @Test
    void anInvoicesPaymentReferenceHasValidCheckDigits() {
        RowCheck check = check(with(INVOICE, "payment_reference", "SI12 1234123456788"));
        new InvoicesFile().parse(check);
        assertRejected(check, "payment_reference", "not a valid SI or RF payment reference");
    }

    @Test
    void anInvoiceLineNumberIsFromOneAndItsVatRateIsNotNegative() {
        String[] line = {"external_id", "L-1", "invoice_external_id", "I-1", "line_number", "0",
                "service_external_id", "VODA", "quantity", "1", "unit_price", "1", "vat_rate", "9.5",
                "net_amount", "1"};
        RowCheck zero = check(line);
        new InvoiceLinesFile().parse(zero);
        assertRejected(zero, "line_number", "must be from 1 to 9999");
        RowCheck vat = check(with(line, "line_number", "1", "vat_rate", "-9.5"));
        new InvoiceLinesFile().parse(vat);
        assertRejected(vat, "vat_rate", "must not be negative");
    }

    @Test
    void anOpenItemIsDueOnOrAfterItsIssue() {
        RowCheck check = check("external_id", "OI-1", "payer_external_id", "P-1", "document_number", "1",
                "issue_date", "2026-11-05", "due_date", "2026-11-01", "original_amount", "1.00",
                "open_amount", "1.00");
        new OpenItemsFile().parse(check);
        assertRejected(check, "due_date", "is before issue_date");
    }

    @Test
    void aUtilityReadingIsAcceptedUnlessItSaysOtherwiseAndIsNotNegative() {
        RowCheck plain = check("external_id", "R-1", "meter_external_id", "M-1", "reading_date", "2026-11-30",
                "value", "123.4");
        assertThat(new ReadingsFile().parse(plain).status()).isEqualTo(ReadingStatus.ACCEPTED);
        RowCheck negative = check("external_id", "R-1", "meter_external_id", "M-1", "reading_date",
                "2026-11-30", "value", "-1");
        new ReadingsFile().parse(negative);
        assertRejected(negative, "value", "must not be negative");
    }

    @Test
    void aReadingResultNamesAPortalReadingIdAndAcceptedOrRejected() {
        RowCheck id = check("reading_id", "R-5", "result", "accepted");
        ReadingResultsFile.parse(id);
        assertRejected(id, "reading_id", "is not a reading id");
        RowCheck result = check("reading_id", "5", "result", "pending_review");
        ReadingResultsFile.parse(result);
        assertRejected(result, "result", "must be one of accepted, rejected");
        RowCheck rejected = check("reading_id", "5", "result", "rejected", "reason", "Meter was replaced");
        assertThat(ReadingResultsFile.parse(rejected).status()).isEqualTo(ReadingStatus.REJECTED);
    }
}
