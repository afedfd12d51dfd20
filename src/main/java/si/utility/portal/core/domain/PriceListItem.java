package si.utility.portal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/** Postavka cenika: the price of a service, valid from a date until the next item of the same service. */
@Entity
@Table(name = "PRICE_LIST_ITEM", uniqueConstraints = {
        @UniqueConstraint(name = "UK_PRICE_LIST_ITEM_SERVICE_VALID_FROM", columnNames = {"SERVICE_ID", "VALID_FROM"}),
        @UniqueConstraint(name = "UK_PRICE_LIST_ITEM_EXTERNAL_ID", columnNames = "EXTERNAL_ID")})
@NamedQuery(name = PriceListItem.FIND_VALID_ON, query = """
        SELECT p FROM PriceListItem p JOIN FETCH p.service s
        WHERE p.validFrom = (SELECT MAX(q.validFrom) FROM PriceListItem q
                             WHERE q.service = p.service AND q.validFrom <= :date)
        ORDER BY s.code""")
public class PriceListItem implements Sourced {

    public static final String FIND_VALID_ON = "PriceListItem.findValidOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SERVICE_ID", nullable = false)
    private UtilityService service;

    /** Without VAT. */
    @Column(name = "PRICE", nullable = false, precision = 12, scale = 4)
    private BigDecimal price;

    /** In percent, e.g. 9.5 or 22. */
    @Column(name = "VAT_RATE", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    protected PriceListItem() {
    }

    public PriceListItem(UtilityService service, BigDecimal price, BigDecimal vatRate, LocalDate validFrom) {
        this.service = service;
        this.price = price;
        this.vatRate = vatRate;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public UtilityService getService() {
        return service;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    public boolean update(UtilityService service, BigDecimal price, BigDecimal vatRate, LocalDate validFrom) {
        boolean changed = this.service != service || this.price.compareTo(price) != 0
                || this.vatRate.compareTo(vatRate) != 0 || !this.validFrom.equals(validFrom);
        this.service = service;
        this.price = price;
        this.vatRate = vatRate;
        this.validFrom = validFrom;
        return changed;
    }
}
