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
import java.math.RoundingMode;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/** Postavka računa: one billed service on an invoice. */
@Entity
@Table(name = "INVOICE_LINE",
        uniqueConstraints = {
                @UniqueConstraint(name = "UK_INVOICE_LINE_INVOICE_LINE_NUMBER",
                        columnNames = {"INVOICE_ID", "LINE_NUMBER"}),
                @UniqueConstraint(name = "UK_INVOICE_LINE_EXTERNAL_ID", columnNames = "EXTERNAL_ID")},
        indexes = @Index(name = "IX_INVOICE_LINE_SERVICE", columnList = "SERVICE_ID"))
public class InvoiceLine implements Sourced {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    /** The batch whose full invoice_lines file last listed this line (docs/exchange-format.md, full mode). */
    @Column(name = "LISTED_IN_BATCH", length = SourceKey.MAX_EXTERNAL_ID_LENGTH)
    private String listedInBatch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false)
    private Invoice invoice;

    @Column(name = "LINE_NUMBER", nullable = false)
    private int lineNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SERVICE_ID", nullable = false)
    private UtilityService service;

    @Column(name = "QUANTITY", nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    /** Without VAT. */
    @Column(name = "UNIT_PRICE", nullable = false, precision = 12, scale = 4)
    private BigDecimal unitPrice;

    /** In percent, e.g. 9.5 or 22. */
    @Column(name = "VAT_RATE", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    /** Quantity times unit price, rounded to cents; without VAT. */
    @Column(name = "NET_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal netAmount;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int lineNumber, UtilityService service, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal vatRate) {
        this.invoice = invoice;
        this.lineNumber = lineNumber;
        this.service = service;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.vatRate = vatRate;
        this.netAmount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public UtilityService getService() {
        return service;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    /**
     * A line as the billing system sent it: its own line number and net amount (the legal document's), not
     * recomputed; the invoice's totals are the billing system's too.
     */
    public InvoiceLine(Invoice invoice, int lineNumber, UtilityService service, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal vatRate, BigDecimal netAmount) {
        this.invoice = invoice;
        this.lineNumber = lineNumber;
        this.service = service;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.vatRate = vatRate;
        this.netAmount = netAmount;
    }

    public boolean update(Invoice invoice, int lineNumber, UtilityService service, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal vatRate, BigDecimal netAmount) {
        boolean changed = this.invoice != invoice || this.lineNumber != lineNumber || this.service != service
                || this.quantity.compareTo(quantity) != 0 || this.unitPrice.compareTo(unitPrice) != 0
                || this.vatRate.compareTo(vatRate) != 0 || this.netAmount.compareTo(netAmount) != 0;
        this.invoice = invoice;
        this.lineNumber = lineNumber;
        this.service = service;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.vatRate = vatRate;
        this.netAmount = netAmount;
        return changed;
    }
}
