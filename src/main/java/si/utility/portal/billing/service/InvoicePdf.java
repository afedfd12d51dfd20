package si.utility.portal.billing.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.InvoiceLine;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.platform.format.DisplayFormats;

/**
 * An invoice as a PDF, laid out like the utility's paper invoice: company header, payer, invoice data, lines,
 * VAT recapitulation, totals and payment data with the UPN QR code. The document is Slovenian, like the paper
 * invoice it reproduces. DejaVu Sans is embedded (see fonts/LICENSE-DejaVu.txt) because the PDF standard fonts
 * have no č, š or ž.
 */
public final class InvoicePdf {

    private static final String FONTS = "/si/utility/portal/billing/fonts/";
    private static final Color BRAND = new Color(0x00, 0x5a, 0x8c);
    private static final Color SOFT = new Color(0xf0, 0xf3, 0xf6);

    private final Font normal;
    private final Font small;
    private final Font bold;
    private final Font title;
    private final Font headerCell;

    private InvoicePdf() {
        BaseFont regular = Fonts.REGULAR;
        BaseFont heavy = Fonts.BOLD;
        normal = new Font(regular, 9);
        small = new Font(regular, 7.5f, Font.NORMAL, Color.DARK_GRAY);
        bold = new Font(heavy, 9);
        title = new Font(heavy, 14, Font.NORMAL, BRAND);
        headerCell = new Font(heavy, 8, Font.NORMAL, Color.WHITE);
    }

    /** Fonts are read once; a BaseFont can be shared by documents written at the same time. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = InvoicePdf.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + file + " is missing from the application");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * @param payment the UPN QR code that pays the invoice, or null when nothing is left to pay
     */
    public static byte[] write(Invoice invoice, PaymentRecipient recipient, UpnQrPayload payment) {
        return new InvoicePdf().render(invoice, recipient, payment);
    }

    private byte[] render(Invoice invoice, PaymentRecipient recipient, UpnQrPayload payment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Račun " + invoice.getInvoiceNumber());
            document.addAuthor(recipient.name());
            document.open();
            document.add(header(invoice, recipient));
            document.add(addressAndData(invoice));
            document.add(lines(invoice));
            document.add(vatAndTotals(invoice));
            document.add(paymentData(invoice, recipient, payment));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the PDF of invoice " + invoice.getInvoiceNumber(), e);
        }
        return out.toByteArray();
    }

    private PdfPTable header(Invoice invoice, PaymentRecipient recipient) {
        PdfPTable table = table(new float[] {3, 2});
        Paragraph company = new Paragraph();
        company.add(new Chunk(recipient.name() + "\n", bold));
        company.add(new Chunk(recipient.street() + ", " + recipient.city() + "\n", normal));
        company.add(new Chunk("IBAN " + recipient.iban() + ", BIC " + recipient.bic(), small));
        table.addCell(plain(company));
        Paragraph number = new Paragraph();
        number.setAlignment(Element.ALIGN_RIGHT);
        number.add(new Chunk("RAČUN\n", title));
        number.add(new Chunk("št. " + invoice.getInvoiceNumber(), bold));
        PdfPCell right = plain(number);
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(right);
        table.setSpacingAfter(18);
        return table;
    }

    private PdfPTable addressAndData(Invoice invoice) {
        Payer payer = invoice.getPayer();
        PdfPTable table = table(new float[] {1, 1});
        Paragraph address = new Paragraph();
        address.add(new Chunk("Plačnik\n", small));
        address.add(new Chunk(payer.getName() + "\n", bold));
        address.add(new Chunk(nullToEmpty(payer.getStreet()) + "\n", normal));
        address.add(new Chunk((nullToEmpty(payer.getPostCode()) + " " + nullToEmpty(payer.getCity())).strip(),
                normal));
        table.addCell(plain(address));

        PdfPTable data = table(new float[] {1, 1});
        labelled(data, "Šifra plačnika", payer.getCode());
        labelled(data, "Številka računa", invoice.getInvoiceNumber());
        labelled(data, "Datum izdaje", BillingFormats.date(invoice.getIssueDate()));
        labelled(data, "Rok plačila", BillingFormats.date(invoice.getDueDate()));
        labelled(data, "Obdobje", BillingFormats.date(invoice.getPeriodFrom()) + " – "
                + BillingFormats.date(invoice.getPeriodTo()));
        labelled(data, "Odjemno mesto", invoice.getConsumptionPoint() == null ? "vsa odjemna mesta plačnika"
                : invoice.getConsumptionPoint().getCode() + ", " + invoice.getConsumptionPoint().getStreet());
        PdfPCell cell = new PdfPCell(data);
        cell.setBorder(Rectangle.NO_BORDER);
        table.addCell(cell);
        table.setSpacingAfter(18);
        return table;
    }

    private PdfPTable lines(Invoice invoice) {
        PdfPTable table = table(new float[] {5, 1.6f, 1.2f, 1.8f, 1.1f, 2});
        for (String heading : new String[] {"Storitev", "Količina", "Enota", "Cena/enoto", "DDV", "Znesek brez DDV"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, headerCell));
            cell.setBackgroundColor(BRAND);
            cell.setPadding(4);
            cell.setBorderColor(BRAND);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        for (InvoiceLine line : invoice.getLines()) {
            table.addCell(cell(line.getService().getName(), Element.ALIGN_LEFT));
            table.addCell(cell(BillingFormats.quantity(line.getQuantity()), Element.ALIGN_RIGHT));
            table.addCell(cell(DisplayFormats.unit(line.getService().getUnit()), Element.ALIGN_LEFT));
            table.addCell(cell(BillingFormats.unitPrice(line.getUnitPrice()), Element.ALIGN_RIGHT));
            table.addCell(cell(BillingFormats.percent(line.getVatRate()), Element.ALIGN_RIGHT));
            table.addCell(cell(BillingFormats.money(line.getNetAmount()), Element.ALIGN_RIGHT));
        }
        table.setSpacingAfter(12);
        return table;
    }

    private PdfPTable vatAndTotals(Invoice invoice) {
        PdfPTable outer = table(new float[] {3, 2});
        PdfPTable vat = table(new float[] {1, 1.4f, 1.2f, 1.4f});
        for (String heading : new String[] {"Stopnja DDV", "Osnova", "DDV", "Skupaj"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, bold));
            cell.setBackgroundColor(SOFT);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(3);
            vat.addCell(cell);
        }
        for (Invoice.VatSummary rate : invoice.vatSummary()) {
            vat.addCell(cell(BillingFormats.percent(rate.rate()), Element.ALIGN_LEFT));
            vat.addCell(cell(BillingFormats.money(rate.base()), Element.ALIGN_RIGHT));
            vat.addCell(cell(BillingFormats.money(rate.vat()), Element.ALIGN_RIGHT));
            vat.addCell(cell(BillingFormats.money(rate.gross()), Element.ALIGN_RIGHT));
        }
        PdfPCell left = new PdfPCell(vat);
        left.setBorder(Rectangle.NO_BORDER);
        left.setPaddingRight(12);
        outer.addCell(left);

        PdfPTable totals = table(new float[] {1.3f, 1});
        total(totals, "Skupaj brez DDV", invoice.getNetAmount(), normal);
        total(totals, "DDV", invoice.getVatAmount(), normal);
        total(totals, "ZA PLAČILO", invoice.getGrossAmount(), bold);
        PdfPCell right = new PdfPCell(totals);
        right.setBorder(Rectangle.NO_BORDER);
        outer.addCell(right);
        outer.setSpacingAfter(18);
        return outer;
    }

    private PdfPTable paymentData(Invoice invoice, PaymentRecipient recipient, UpnQrPayload payment) {
        PdfPTable outer = table(new float[] {3, 2});
        PdfPTable data = table(new float[] {1, 2});
        PdfPCell heading = new PdfPCell(new Phrase("Podatki za plačilo", bold));
        heading.setColspan(2);
        heading.setBorder(Rectangle.NO_BORDER);
        heading.setPaddingBottom(4);
        data.addCell(heading);
        labelled(data, "Prejemnik", recipient.name() + ", " + recipient.street() + ", " + recipient.city());
        labelled(data, "IBAN", recipient.iban());
        labelled(data, "BIC", recipient.bic());
        labelled(data, "Sklic", invoice.getPaymentReference());
        labelled(data, "Rok plačila", BillingFormats.date(invoice.getDueDate()));
        labelled(data, "Znesek", BillingFormats.money(invoice.getGrossAmount()));
        PdfPCell left = new PdfPCell(data);
        left.setBorder(Rectangle.NO_BORDER);
        outer.addCell(left);
        PdfPCell right;
        if (payment != null) {
            try {
                Image qr = Image.getInstance(UpnQrImage.png(payment));
                qr.scaleAbsolute(110, 110);
                right = new PdfPCell(qr, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            right = new PdfPCell(new Phrase("Račun je plačan.", normal));
        }
        right.setBorder(Rectangle.NO_BORDER);
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        outer.addCell(right);
        return outer;
    }

    private void total(PdfPTable table, String label, java.math.BigDecimal amount, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setBorder(Rectangle.TOP);
        name.setBorderColor(Color.LIGHT_GRAY);
        name.setPadding(3);
        table.addCell(name);
        PdfPCell value = new PdfPCell(new Phrase(BillingFormats.money(amount), font));
        value.setBorder(Rectangle.TOP);
        value.setBorderColor(Color.LIGHT_GRAY);
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        value.setPadding(3);
        table.addCell(value);
    }

    private void labelled(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, small));
        name.setBorder(Rectangle.NO_BORDER);
        name.setPadding(2);
        table.addCell(name);
        PdfPCell content = new PdfPCell(new Phrase(nullToEmpty(value), normal));
        content.setBorder(Rectangle.NO_BORDER);
        content.setPadding(2);
        table.addCell(content);
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, normal));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell plain(Paragraph paragraph) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
