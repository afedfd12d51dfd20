package si.utility.portal.billing.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * The billing system's own PDF of an invoice, the legal document: customers download it instead of the one the
 * portal renders. Same bytes again (by SHA-256) change nothing.
 */
@Entity
@Table(name = "INVOICE_DOCUMENT",
        uniqueConstraints = @UniqueConstraint(name = "UK_INVOICE_DOCUMENT_INVOICE", columnNames = "INVOICE_ID"))
@NamedQuery(name = InvoiceDocument.FIND_CONTENT_BY_INVOICE, query = """
        SELECT d.content FROM InvoiceDocument d WHERE d.invoice.id = :invoiceId""")
@NamedQuery(name = InvoiceDocument.FIND_BY_INVOICE, query = """
        SELECT d FROM InvoiceDocument d WHERE d.invoice.id = :invoiceId""")
public class InvoiceDocument {

    public static final String FIND_CONTENT_BY_INVOICE = "InvoiceDocument.findContentByInvoice";
    public static final String FIND_BY_INVOICE = "InvoiceDocument.findByInvoice";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false)
    private Invoice invoice;

    /** Lower-case hex. */
    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Column(name = "STORED_AT", nullable = false)
    private Instant storedAt;

    protected InvoiceDocument() {
    }

    public InvoiceDocument(Invoice invoice, String sha256, byte[] content, Instant storedAt) {
        this.invoice = invoice;
        this.sha256 = sha256;
        this.content = content.clone();
        this.storedAt = storedAt;
    }

    /** Answers whether the bytes differed from the ones held. */
    public boolean replace(String sha256, byte[] content, Instant storedAt) {
        if (this.sha256.equals(sha256)) {
            return false;
        }
        this.sha256 = sha256;
        this.content = content.clone();
        this.storedAt = storedAt;
        return true;
    }
}
