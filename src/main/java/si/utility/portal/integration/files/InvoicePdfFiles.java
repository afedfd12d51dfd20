package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.InvoiceDocument;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.InvoiceDocuments;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;

/** {@code pdf/<invoice number>.pdf}: the billing system's own invoice PDFs, which customers then download. */
@ApplicationScoped
public class InvoicePdfFiles implements InvoiceDocuments {

    /** An invoice of a few pages is far smaller; a larger file is a mistake, not an invoice. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public RowResult store(String invoiceNumber, InputStream pdf, ImportContext context) {
        ExchangeRow file = new ExchangeRow("pdf/" + invoiceNumber + ".pdf", 0, Map.of());
        byte[] content = read(pdf);
        if (content == null) {
            return RowResult.rejected(file, null, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return RowResult.rejected(file, null, "is not a PDF (it does not start with %PDF-)");
        }
        Invoice invoice = em.createQuery("SELECT i FROM Invoice i WHERE i.invoiceNumber = :number", Invoice.class)
                .setParameter("number", invoiceNumber).getResultStream().findFirst().orElse(null);
        if (invoice == null) {
            return RowResult.rejected(file, null, "invoice " + invoiceNumber + " is not known to the portal");
        }
        String sha256 = sha256(content);
        Instant now = Instant.now(clock);
        InvoiceDocument held = em.createNamedQuery(InvoiceDocument.FIND_BY_INVOICE, InvoiceDocument.class)
                .setParameter("invoiceId", invoice.getId()).getResultStream().findFirst().orElse(null);
        if (held == null) {
            em.persist(new InvoiceDocument(invoice, sha256, content, now));
            return RowResult.of(file, RowOutcome.INSERTED);
        }
        return RowResult.of(file, held.replace(sha256, content, now) ? RowOutcome.UPDATED : RowOutcome.UNCHANGED);
    }

    /** The bytes, or {@code null} when there are more than {@link #MAX_BYTES}. */
    private static byte[] read(InputStream pdf) {
        try {
            byte[] content = pdf.readNBytes(MAX_BYTES + 1);
            return content.length > MAX_BYTES ? null : content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
