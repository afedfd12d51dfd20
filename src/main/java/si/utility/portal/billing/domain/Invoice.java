package si.utility.portal.billing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.UtilityService;

/** Račun: a bill issued to a payer for the services of one period. */
@Entity
@Table(name = "INVOICE",
        uniqueConstraints = @UniqueConstraint(name = "UK_INVOICE_NUMBER", columnNames = "INVOICE_NUMBER"),
        indexes = {
                @Index(name = "IX_INVOICE_PAYER_ISSUE_DATE", columnList = "PAYER_ID, ISSUE_DATE"),
                @Index(name = "IX_INVOICE_CONSUMPTION_POINT", columnList = "CONSUMPTION_POINT_ID")})
@NamedQuery(name = Invoice.COUNT_BY_PAYER_AND_NUMBER, query = """
        SELECT COUNT(i) FROM Invoice i
        WHERE i.payer.code = :payerCode AND i.invoiceNumber = :invoiceNumber""")
@NamedQuery(name = Invoice.FIND_BY_PAYER_ORDER_BY_ISSUE_DATE_DESC, query = """
        SELECT i FROM Invoice i WHERE i.payer.id = :payerId
        ORDER BY i.issueDate DESC, i.invoiceNumber DESC""")
public class Invoice {

    public static final String COUNT_BY_PAYER_AND_NUMBER = "Invoice.countByPayerAndNumber";
    public static final String FIND_BY_PAYER_ORDER_BY_ISSUE_DATE_DESC = "Invoice.findByPayerOrderByIssueDateDesc";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "INVOICE_NUMBER", nullable = false, length = 20)
    private String invoiceNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PAYER_ID", nullable = false)
    private Payer payer;

    /** Empty when the invoice covers several consumption points of the payer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CONSUMPTION_POINT_ID")
    private ConsumptionPoint consumptionPoint;

    @Column(name = "ISSUE_DATE", nullable = false)
    private LocalDate issueDate;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "PERIOD_FROM", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "PERIOD_TO", nullable = false)
    private LocalDate periodTo;

    /** Sklic: the reference the payer quotes with the payment, as printed; see {@link PaymentReference}. */
    @Column(name = "PAYMENT_REFERENCE", nullable = false, length = 40)
    private String paymentReference;

    @Column(name = "NET_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal netAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "VAT_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal vatAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "GROSS_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal grossAmount = BigDecimal.ZERO.setScale(2);

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(String invoiceNumber, Payer payer, ConsumptionPoint consumptionPoint, LocalDate issueDate,
            LocalDate dueDate, LocalDate periodFrom, LocalDate periodTo, PaymentReference paymentReference) {
        this.invoiceNumber = invoiceNumber;
        this.payer = payer;
        this.consumptionPoint = consumptionPoint;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.paymentReference = paymentReference.printed();
    }

    /** Appends a line and recomputes the totals, so they always match the lines. */
    public InvoiceLine addLine(UtilityService service, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate) {
        InvoiceLine line = new InvoiceLine(this, lines.size() + 1, service, quantity, unitPrice, vatRate);
        lines.add(line);
        recomputeTotals();
        return line;
    }

    /** Rekapitulacija DDV: the base and the VAT of each rate on the invoice. */
    public record VatSummary(BigDecimal rate, BigDecimal base, BigDecimal vat) {

        public BigDecimal gross() {
            return base.add(vat);
        }
    }

    /** VAT is rounded once per rate, not per line, as on the printed invoice's VAT recapitulation. */
    public List<VatSummary> vatSummary() {
        Map<BigDecimal, BigDecimal> netByVatRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            netByVatRate.merge(line.getVatRate(), line.getNetAmount(), BigDecimal::add);
        }
        return netByVatRate.entrySet().stream()
                .map(e -> new VatSummary(e.getKey(), e.getValue().setScale(2),
                        e.getValue().multiply(e.getKey()).divide(HUNDRED, 2, RoundingMode.HALF_UP)))
                .toList();
    }

    private void recomputeTotals() {
        List<VatSummary> summary = vatSummary();
        netAmount = summary.stream().map(VatSummary::base).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        vatAmount = summary.stream().map(VatSummary::vat).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        grossAmount = netAmount.add(vatAmount);
    }

    public Long getId() {
        return id;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public Payer getPayer() {
        return payer;
    }

    public ConsumptionPoint getConsumptionPoint() {
        return consumptionPoint;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getVatAmount() {
        return vatAmount;
    }

    public BigDecimal getGrossAmount() {
        return grossAmount;
    }

    /**
     * In the billing system's order (line number). {@code @OrderBy} alone is not enough: a query that fetches the
     * lines with {@code JOIN FETCH} (as the invoice page's does) fills the list in whatever order the database
     * returns the joined rows.
     */
    public List<InvoiceLine> getLines() {
        return lines.stream().sorted(Comparator.comparingInt(InvoiceLine::getLineNumber)).toList();
    }
}
