package si.utility.portal.billing.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.testsupport.QrCodes;

/** The generated documents: QR image, invoice PDF and CSV exports. */
class BillingDocumentsTest {

    private static final PaymentRecipient KPV = new PaymentRecipient("Komunalno podjetje Velenje, d. o. o.",
            "Koroška cesta 37/b", "3320 Velenje", "SI56 1910 0000 0123 438", "LJBASI2X");

    private static final PaymentReference REFERENCE = PaymentReference.ofInvoice("1003", "12345679");

    private static UpnQrPayload payload() {
        return UpnQrPayload.of(new UpnQrPayload.Party("ŽAGAR ŠPELA", "Kidričeva cesta 3", "3325 Šoštanj"),
                new BigDecimal("86.43"), "OTHR", "Plačilo 12345679", LocalDate.of(2026, 3, 5), KPV.iban(),
                REFERENCE, KPV.party());
    }

    @Test
    void qrImageIsVersion15WithErrorCorrectionMAndReadsBackInIso88592() {
        UpnQrPayload payload = payload();

        Result read = QrCodes.decode(UpnQrImage.png(payload));

        assertThat(read.getText()).isEqualTo(payload.text());
        assertThat(read.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
        assertThat(UpnQrImage.matrix(payload).getWidth()).isEqualTo(17 + 4 * 15 + 2 * 4);
    }

    @Test
    void invoicePdfHasTheInvoiceWithSlovenianLetters() throws IOException {
        Payer payer = new Payer("1003", "ŽAGAR ŠPELA", "Kidričeva cesta 3", "3325", "Šoštanj");
        Invoice invoice = new Invoice("12345679", payer, null, LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), REFERENCE);
        invoice.addLine(new UtilityService("CISCENJE", "Čiščenje odpadne vode", "m3"), new BigDecimal("13.500"),
                new BigDecimal("0.7102"), new BigDecimal("9.5"));
        invoice.addLine(new UtilityService("PLIN", "Zemeljski plin", "m3"), new BigDecimal("1234.000"),
                new BigDecimal("0.6912"), new BigDecimal("22"));

        byte[] pdf = InvoicePdf.write(invoice, KPV, payload());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("RAČUN", "12345679", "ŽAGAR ŠPELA", "Kidričeva cesta 3", "Čiščenje odpadne vode",
                    "Koroška cesta 37/b", "SI12 1003123456798", "SI56 1910 0000 0123 438", "19. 02. 2026",
                    "9,5 %", "22 %", "1.234", "9,59 €", "852,94 €", "1.051,09 €");
        }
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndDecimalCommas() {
        InvoiceRow row = new InvoiceRow("12345679", LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "OM-300047", new BigDecimal("1234.50"),
                new BigDecimal("117.28"), new BigDecimal("1351.78"), new BigDecimal("0.00"));
        Map<String, String> titles = Map.of("number", "Številka", "issueDate", "Izdan", "dueDate", "Rok",
                "periodFrom", "Od", "periodTo", "Do", "consumptionPoint", "OM", "net", "Neto", "vat", "DDV",
                "gross", "Bruto", "open", "Odprto");

        byte[] csv = BillingCsv.invoices(List.of(row), titles::get);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Številka;Izdan;Rok;Od;Do;OM;Neto;DDV;Bruto;Odprto\r\n"
                + "12345679;19.02.2026;05.03.2026;01.01.2026;31.01.2026;OM-300047;1234,50;117,28;1351,78;0,00\r\n");
    }

    @Test
    void documentFormatsAreSlovenian() {
        assertThat(BillingFormats.money(new BigDecimal("1234.56"))).isEqualTo("1.234,56\u00a0€");
        assertThat(BillingFormats.date(LocalDate.of(2026, 3, 5))).isEqualTo("05. 03. 2026");
        assertThat(BillingFormats.quantity(new BigDecimal("10.500"))).isEqualTo("10,5");
    }

    @Test
    void recipientAddressIsSplitIntoStreetAndCity() {
        assertThat(new PaymentRecipient("KPV", "Koroška cesta 37/b", "3320 Velenje", "x", "y").party())
                .isEqualTo(new UpnQrPayload.Party("KPV", "Koroška cesta 37/b", "3320 Velenje"));
    }
}
