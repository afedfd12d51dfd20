package si.utility.portal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/**
 * Odprta postavka: a document of the payer that is not (fully) paid yet, or a credit (an overpayment or a credit
 * note, dobropis) not yet used up, whose open amount is negative.
 */
@Entity
@Table(name = "OPEN_ITEM",
        uniqueConstraints = @UniqueConstraint(name = "UK_OPEN_ITEM_EXTERNAL_ID", columnNames = "EXTERNAL_ID"),
        indexes = {
        @Index(name = "IX_OPEN_ITEM_PAYER_DUE_DATE", columnList = "PAYER_ID, DUE_DATE"),
        @Index(name = "IX_OPEN_ITEM_INVOICE", columnList = "INVOICE_ID")})
public class OpenItem implements Sourced {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    /** The batch whose full open_items file last listed this item (docs/exchange-format.md, full mode). */
    @Column(name = "LISTED_IN_BATCH", length = SourceKey.MAX_EXTERNAL_ID_LENGTH)
    private String listedInBatch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PAYER_ID", nullable = false)
    private Payer payer;

    /** Empty for documents that are not invoices, e.g. interest or a court fee. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "INVOICE_ID")
    private Invoice invoice;

    @Column(name = "DOCUMENT_NUMBER", nullable = false, length = 20)
    private String documentNumber;

    @Column(name = "ISSUE_DATE", nullable = false)
    private LocalDate issueDate;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "ORIGINAL_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal originalAmount;

    @Column(name = "OPEN_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal openAmount;

    protected OpenItem() {
    }

    public OpenItem(Payer payer, Invoice invoice, String documentNumber, LocalDate issueDate, LocalDate dueDate,
            BigDecimal originalAmount, BigDecimal openAmount) {
        this.payer = payer;
        this.invoice = invoice;
        this.documentNumber = documentNumber;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.originalAmount = originalAmount;
        this.openAmount = openAmount;
    }

    public boolean isCredit() {
        return openAmount.signum() < 0;
    }

    public boolean isOverdue(LocalDate today) {
        return openAmount.signum() > 0 && dueDate.isBefore(today);
    }

    /** Whole days since the due date; zero while the item is not overdue. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    public boolean isPartiallyPaid() {
        return openAmount.signum() > 0 && openAmount.compareTo(originalAmount) < 0;
    }

    public Long getId() {
        return id;
    }

    public Payer getPayer() {
        return payer;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getOriginalAmount() {
        return originalAmount;
    }

    public BigDecimal getOpenAmount() {
        return openAmount;
    }

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    public boolean update(Payer payer, Invoice invoice, String documentNumber, LocalDate issueDate,
            LocalDate dueDate, BigDecimal originalAmount, BigDecimal openAmount) {
        boolean changed = this.payer != payer || this.invoice != invoice
                || !this.documentNumber.equals(documentNumber) || !this.issueDate.equals(issueDate)
                || !this.dueDate.equals(dueDate) || this.originalAmount.compareTo(originalAmount) != 0
                || this.openAmount.compareTo(openAmount) != 0;
        this.payer = payer;
        this.invoice = invoice;
        this.documentNumber = documentNumber;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.originalAmount = originalAmount;
        this.openAmount = openAmount;
        return changed;
    }
}
