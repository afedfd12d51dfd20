package si.utility.portal.integration.files;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.service.InvoiceService;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.integration.exchange.FileMode;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.ExchangeFixtures;
import si.utility.portal.testsupport.TestData;

/**
 * The exchange format's file types against the real database: inserted, updated, unchanged; older versions;
 * references; full vs delta; moves; the billing system's PDFs. Every test makes its own keys.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeFilesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ExchangeFixtures exchange;

    @Inject
    InvoiceService invoices;

    @Inject
    TestData testData;

    private final String k = UUID.randomUUID().toString().substring(0, 8);

    private static List<RowOutcome> outcomes(List<RowResult> results) {
        return results.stream().map(RowResult::outcome).toList();
    }

    private void payersAndPoint() {
        assertThat(outcomes(exchange.apply("payers", """
                external_id,code,name,street,post_code,city,version
                P1-%1$s,A%1$s,NOVAK JANEZ,Koroška cesta 1,3320,Velenje,1
                P2-%1$s,B%1$s,KOVAČ ANA,,,,1
                """.formatted(k)))).containsOnly(RowOutcome.INSERTED);
        assertThat(outcomes(exchange.apply("consumption_points", """
                external_id,code,street,post_code,city,metered
                OM-%1$s,OM-%1$s,Šaleška cesta 2,3320,Velenje,true
                """.formatted(k)))).containsOnly(RowOutcome.INSERTED);
    }

    @Test
    void aPayerIsInsertedThenUnchangedThenUpdatedAndAnOlderVersionNeverOverwrites() {
        String csv = "external_id,code,name,version\nP-%1$s,C%1$s,NOVAK JANEZ,2\n".formatted(k);
        assertThat(outcomes(exchange.apply("payers", csv))).containsExactly(RowOutcome.INSERTED);
        assertThat(outcomes(exchange.apply("payers", csv))).containsExactly(RowOutcome.UNCHANGED);
        assertThat(outcomes(exchange.apply("payers",
                "external_id,code,name,version\nP-%1$s,C%1$s,NOVAK JANEZ ML.,3\n".formatted(k))))
                .containsExactly(RowOutcome.UPDATED);

        List<RowResult> older = exchange.apply("payers",
                "external_id,code,name,version\nP-%1$s,C%1$s,STARO IME,2\n".formatted(k));

        assertThat(older.get(0).outcome()).isEqualTo(RowOutcome.REJECTED);
        assertThat(older.get(0).line()).isEqualTo(2);
        assertThat(older.get(0).column()).isEqualTo("version");
        assertThat(older.get(0).reason()).isEqualTo("version 2 is older than version 3 the portal holds");
        assertThat(exchange.query("SELECT p.name FROM Payer p WHERE p.sourceKey.externalId = :id", String.class,
                "id", "P-" + k)).containsExactly("NOVAK JANEZ ML.");
    }

    @Test
    void aPortalMadePayerIsTakenOverByItsCodeButAnotherRecordsCodeIsRefused() {
        String portalMade = testData.newPayer().payerCode();

        List<RowResult> results = exchange.apply("payers", """
                external_id,code,name
                Y-%1$s,%2$s,KOVAČ
                Z-%1$s,E%1$s,ZUPAN
                W-%1$s,E%1$s,ZUPAN DRUGI
                X-%1$s,%2$s,NOVAK
                """.formatted(k, portalMade));

        assertThat(outcomes(results)).containsExactly(RowOutcome.UPDATED, RowOutcome.INSERTED,
                RowOutcome.REJECTED, RowOutcome.REJECTED);
        assertThat(results.get(2).line()).isEqualTo(4);
        assertThat(results.get(2).column()).isEqualTo("code");
        assertThat(results.get(2).reason()).isEqualTo("code E%1$s belongs to the record with external_id Z-%1$s"
                .formatted(k));
        assertThat(exchange.query("SELECT p.sourceKey.externalId FROM Payer p WHERE p.code IN :codes",
                String.class, "codes", List.of(portalMade, "E" + k)))
                .containsExactlyInAnyOrder("Y-" + k, "Z-" + k);
    }

    @Test
    void rowsReferringToUnknownRecordsAreRejectedWithTheirLineAndColumnAndWriteNothing() {
        payersAndPoint();

        List<RowResult> results = exchange.apply("point_payers", """
                external_id,point_external_id,payer_external_id,valid_from,valid_to
                O1-%1$s,OM-%1$s,P1-%1$s,2020-01-01,2026-05-31
                O2-%1$s,OM-%1$s,NOBODY-%1$s,2026-06-01,
                O3-%1$s,OM-%1$s,P2-%1$s,1.6.2026,
                """.formatted(k));

        assertThat(outcomes(results)).containsExactly(RowOutcome.INSERTED, RowOutcome.REJECTED,
                RowOutcome.REJECTED);
        assertThat(results.get(1)).isEqualTo(new RowResult(3, RowOutcome.REJECTED, "payer_external_id",
                "payer_external_id NOBODY-%s is not known to the portal (not in this batch or an earlier one)"
                        .formatted(k)));
        assertThat(results.get(2).line()).isEqualTo(4);
        assertThat(results.get(2).column()).isEqualTo("valid_from");
        assertThat(exchange.query("SELECT o.sourceKey.externalId FROM PointOccupancy o "
                + "WHERE o.consumptionPoint.code = :code", String.class, "code", "OM-" + k))
                .containsExactly("O1-" + k);
    }

    @Test
    void aMoveEndsOneOccupancyAndStartsTheNextButPeriodsOfAPointNeverOverlap() {
        payersAndPoint();

        List<RowResult> results = exchange.apply("point_payers", """
                external_id,point_external_id,payer_external_id,valid_from,valid_to,version
                O1-%1$s,OM-%1$s,P1-%1$s,2020-01-01,2026-05-31,1
                O2-%1$s,OM-%1$s,P2-%1$s,2026-06-01,,1
                O3-%1$s,OM-%1$s,P1-%1$s,2026-05-31,2026-06-01,1
                """.formatted(k));

        assertThat(outcomes(results)).containsExactly(RowOutcome.INSERTED, RowOutcome.INSERTED,
                RowOutcome.REJECTED);
        assertThat(results.get(2).reason()).isEqualTo("the period 2026-05-31..2026-06-01 overlaps the period "
                + "2020-01-01..2026-05-31 of the point's occupancy external_id O1-" + k);
        // The first occupant's move-out date moves back: the next one's period is untouched.
        assertThat(outcomes(exchange.apply("point_payers", """
                external_id,point_external_id,payer_external_id,valid_from,valid_to,version
                O1-%1$s,OM-%1$s,P1-%1$s,2020-01-01,2026-05-15,2
                """.formatted(k)))).containsExactly(RowOutcome.UPDATED);
        assertThat(exchange.query("SELECT o.validTo FROM PointOccupancy o WHERE o.sourceKey.externalId = :id",
                LocalDate.class, "id", "O1-" + k)).containsExactly(LocalDate.of(2026, 5, 15));
    }

    @Test
    void metersAndUtilityReadingsFollowTheMetersDatesAndDial() {
        payersAndPoint();
        assertThat(outcomes(exchange.apply("meters", """
                external_id,serial_number,point_external_id,medium,unit,digits,decimals,installed_on,removed_on
                M-%1$s,W-%1$s,OM-%1$s,cold_water,m3,5,3,2024-01-01,
                """.formatted(k)))).containsExactly(RowOutcome.INSERTED);

        String readings = """
                external_id,meter_external_id,reading_date,value
                R1-%1$s,M-%1$s,2026-10-31,123.456
                R2-%1$s,M-%1$s,2023-12-31,100
                R3-%1$s,M-%1$s,2026-11-30,123456
                R4-%1$s,M-%1$s,2026-10-31,130
                R5-%1$s,UNKNOWN-%1$s,2026-11-30,1
                """.formatted(k);
        List<RowResult> results = exchange.apply("readings", readings);

        assertThat(outcomes(results)).containsExactly(RowOutcome.INSERTED, RowOutcome.REJECTED,
                RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.REJECTED);
        assertThat(results.subList(1, 5)).extracting(RowResult::column)
                .containsExactly("reading_date", "value", "reading_date", "meter_external_id");
        assertThat(results.get(2).reason()).isEqualTo("value 123456 does not fit the meter's dial of 5 digits "
                + "and 3 decimals");
        assertThat(outcomes(exchange.apply("readings", readings)).get(0)).isEqualTo(RowOutcome.UNCHANGED);
        assertThat(exchange.query("SELECT r.readingValue FROM MeterReading r WHERE r.meter.serialNumber = :serial",
                BigDecimal.class, "serial", "W-" + k)).singleElement()
                .satisfies(value -> assertThat(value).isEqualByComparingTo("123.456"));
    }

    /** Readings are written in one batch after the chunk's rows: a row repeated in the chunk is in that batch. */
    @Test
    void aReadingListedTwiceInOneChunkIsStoredAsItsLastRowAndALaterBatchUpdatesIt() {
        payersAndPoint();
        exchange.apply("meters", """
                external_id,serial_number,point_external_id,medium,unit,digits,decimals,installed_on,removed_on
                M-%1$s,W-%1$s,OM-%1$s,cold_water,m3,5,3,2024-01-01,
                """.formatted(k));

        assertThat(outcomes(exchange.apply("readings", """
                external_id,meter_external_id,reading_date,value,status,version
                R1-%1$s,M-%1$s,2026-10-31,120,accepted,1
                R1-%1$s,M-%1$s,2026-11-01,121.5,pending_review,2
                """.formatted(k)))).containsExactly(RowOutcome.INSERTED, RowOutcome.UPDATED);
        assertThat(exchange.query("SELECT r FROM MeterReading r WHERE r.meter.serialNumber = :serial",
                MeterReading.class, "serial", "W-" + k)).singleElement().satisfies(reading -> {
                    assertThat(reading.getReadingDate()).isEqualTo(LocalDate.of(2026, 11, 1));
                    assertThat(reading.getReadingValue()).isEqualByComparingTo("121.5");
                    assertThat(reading.getStatus()).isEqualTo(ReadingStatus.PENDING_REVIEW);
                    assertThat(reading.getSource()).isEqualTo(ReadingSource.UTILITY);
                    assertThat(reading.getSourceKey()).isEqualTo(new SourceKey("R1-" + k, 2L));
                    assertThat(reading.getEnteredAt()).isNotNull();
                });

        assertThat(outcomes(exchange.apply("readings", """
                external_id,meter_external_id,reading_date,value,version
                R1-%1$s,M-%1$s,2026-11-01,122,3
                """.formatted(k)))).containsExactly(RowOutcome.UPDATED);
        assertThat(exchange.query("SELECT r.readingValue FROM MeterReading r WHERE r.meter.serialNumber = :serial",
                BigDecimal.class, "serial", "W-" + k)).singleElement()
                .satisfies(value -> assertThat(value).isEqualByComparingTo("122"));
    }

    @Test
    void aReadingResultGivesAPortalReadingItsFinalStatus() {
        payersAndPoint();
        exchange.apply("meters", """
                external_id,serial_number,point_external_id,medium,unit,digits,decimals,installed_on
                M-%1$s,W-%1$s,OM-%1$s,cold_water,m3,5,3,2024-01-01
                """.formatted(k));
        long entered = exchange.portalReading("M-" + k, LocalDate.of(2026, 11, 30), new BigDecimal("150.000"));

        String csv = "reading_id,result,reason\n%d,rejected,Meter was replaced\n%d,accepted,\n"
                .formatted(entered, Long.MAX_VALUE);
        List<RowResult> results = exchange.apply("reading_results", csv);

        assertThat(outcomes(results)).containsExactly(RowOutcome.UPDATED, RowOutcome.REJECTED);
        assertThat(results.get(1).column()).isEqualTo("reading_id");
        assertThat(exchange.query("SELECT r.status FROM MeterReading r WHERE r.id = :id", ReadingStatus.class,
                "id", entered)).containsExactly(ReadingStatus.REJECTED);
        assertThat(exchange.query("SELECT r.resultReason FROM MeterReading r WHERE r.id = :id", String.class,
                "id", entered)).containsExactly("Meter was replaced");
        assertThat(outcomes(exchange.apply("reading_results", csv))).containsExactly(RowOutcome.UNCHANGED,
                RowOutcome.REJECTED);
    }

    private String invoiceNumber() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 900_000_000L + 100_000_000L);
    }

    private void invoiceWithLines(String number, FileMode mode, String batch, String lines) {
        exchange.service("S-" + k);
        assertThat(outcomes(exchange.apply("invoices", """
                external_id,invoice_number,payer_external_id,point_external_id,issue_date,due_date,period_from,\
                period_to,payment_reference,net_amount,vat_amount,gross_amount
                I-%1$s,%2$s,P1-%1$s,OM-%1$s,2026-11-05,2026-11-20,2026-10-01,2026-10-31,SI12 1234123456789,\
                20.00,1.90,21.90
                """.formatted(k, number)))).doesNotContain(RowOutcome.REJECTED);
        assertThat(outcomes(exchange.apply("invoice_lines", lines.formatted(k), mode, batch)))
                .doesNotContain(RowOutcome.REJECTED);
    }

    @Test
    void invoiceLinesKeepTheBillingSystemsOrderAndAFullFileRemovesTheLinesItNoLongerLists() {
        payersAndPoint();
        String number = invoiceNumber();
        String header = "external_id,invoice_external_id,line_number,service_external_id,quantity,unit_price,"
                + "vat_rate,net_amount\n";
        invoiceWithLines(number, FileMode.DELTA, ExchangeFixtures.newBatchId(), header + """
                L2-%1$s,I-%1$s,2,S-%1$s,1,10,9.5,10.00
                L1-%1$s,I-%1$s,1,S-%1$s,1,10,9.5,10.00
                """);
        long payerId = exchange.query("SELECT p.id FROM Payer p WHERE p.sourceKey.externalId = :id", Long.class,
                "id", "P1-" + k).get(0);
        Invoice invoice = invoices.findByNumber(payerId, number).orElseThrow();
        assertThat(invoice.getLines()).extracting(line -> line.getSourceKey().getExternalId())
                .containsExactly("L1-" + k, "L2-" + k);
        assertThat(invoice.getGrossAmount()).isEqualByComparingTo("21.90");

        exchange.apply("invoice_lines", header + "L1-%1$s,I-%1$s,1,S-%1$s,2,10,9.5,20.00\n".formatted(k),
                FileMode.FULL, ExchangeFixtures.newBatchId());

        assertThat(invoices.findByNumber(payerId, number).orElseThrow().getLines())
                .extracting(line -> line.getSourceKey().getExternalId()).containsExactly("L1-" + k);
    }

    @Test
    void aFullOpenItemsFileSettlesWhatItNoLongerListsForThePayersItNamesOnly() {
        payersAndPoint();
        String header = "external_id,payer_external_id,document_number,issue_date,due_date,original_amount,"
                + "open_amount\n";
        exchange.apply("open_items", header + """
                A-%1$s,P1-%1$s,1-%1$s,2026-10-05,2026-10-20,10.00,10.00
                B-%1$s,P1-%1$s,2-%1$s,2026-11-05,2026-11-20,12.00,12.00
                C-%1$s,P2-%1$s,3-%1$s,2026-11-05,2026-11-20,14.00,14.00
                """.formatted(k));

        List<RowResult> results = exchange.apply("open_items", header
                + "B-%1$s,P1-%1$s,2-%1$s,2026-11-05,2026-11-20,12.00,2.00\n".formatted(k),
                FileMode.FULL, ExchangeFixtures.newBatchId());

        assertThat(outcomes(results)).containsExactly(RowOutcome.UPDATED);
        assertThat(exchange.query("SELECT o.openAmount FROM OpenItem o WHERE o.sourceKey.externalId IN :ids "
                + "ORDER BY o.sourceKey.externalId", BigDecimal.class, "ids", List.of("A-" + k, "B-" + k, "C-" + k)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("2.00"), new BigDecimal("14.00"));
    }

    @Test
    void aDeltaOpenItemsFileChangesOnlyTheItemsItLists() {
        payersAndPoint();
        String header = "external_id,payer_external_id,document_number,issue_date,due_date,original_amount,"
                + "open_amount\n";
        exchange.apply("open_items", header + """
                A-%1$s,P1-%1$s,1-%1$s,2026-10-05,2026-10-20,10.00,10.00
                B-%1$s,P1-%1$s,2-%1$s,2026-11-05,2026-11-20,12.00,12.00
                """.formatted(k));

        exchange.apply("open_items", header + "B-%1$s,P1-%1$s,2-%1$s,2026-11-05,2026-11-20,12.00,2.00\n"
                .formatted(k));

        assertThat(exchange.query("SELECT o.openAmount FROM OpenItem o WHERE o.sourceKey.externalId IN :ids "
                + "ORDER BY o.sourceKey.externalId", BigDecimal.class, "ids", List.of("A-" + k, "B-" + k)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("2.00"));
    }

    @Test
    void theBillingSystemsPdfIsServedInsteadOfTheRenderedOneAndTheSameBytesAgainChangeNothing() {
        payersAndPoint();
        String number = invoiceNumber();
        invoiceWithLines(number, FileMode.DELTA, ExchangeFixtures.newBatchId(), "external_id,invoice_external_id,"
                + "line_number,service_external_id,quantity,unit_price,vat_rate,net_amount\n"
                + "L1-%1$s,I-%1$s,1,S-%1$s,2,10,9.5,20.00\n");
        long payerId = exchange.query("SELECT p.id FROM Payer p WHERE p.sourceKey.externalId = :id", Long.class,
                "id", "P1-" + k).get(0);
        byte[] rendered = invoices.pdf(payerId, number).orElseThrow();
        byte[] legal = ("%PDF-1.4\n% the billing system's invoice " + number + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(exchange.storePdf(number, legal).outcome()).isEqualTo(RowOutcome.INSERTED);

        assertThat(invoices.pdf(payerId, number)).hasValueSatisfying(pdf -> assertThat(pdf).isEqualTo(legal)
                .isNotEqualTo(rendered));
        assertThat(exchange.storePdf(number, legal.clone()).outcome()).isEqualTo(RowOutcome.UNCHANGED);
        long otherPayer = exchange.query("SELECT p.id FROM Payer p WHERE p.sourceKey.externalId = :id",
                Long.class, "id", "P2-" + k).get(0);
        assertThat(invoices.pdf(otherPayer, number)).isEmpty();
        RowResult notPdf = exchange.storePdf(number, "<html>".getBytes(StandardCharsets.US_ASCII));
        assertThat(notPdf.outcome()).isEqualTo(RowOutcome.REJECTED);
        assertThat(notPdf.reason()).contains("not a PDF");
        assertThat(exchange.storePdf("0" + number, legal).outcome()).isEqualTo(RowOutcome.REJECTED);
        assertThat(invoices.pdf(payerId, number)).hasValueSatisfying(pdf -> assertThat(pdf).isEqualTo(legal));
    }
}
