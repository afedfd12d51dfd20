package si.utility.portal.core.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Postavka cenika: the price of a service, valid from a date until the next item of the same service. */
@Entity
@Cacheable
@Table(name = "PRICE_LIST_ITEM", uniqueConstraints = @UniqueConstraint(
        name = "UK_PRICE_LIST_ITEM_SERVICE_VALID_FROM", columnNames = {"SERVICE_ID", "VALID_FROM"}),
        indexes = @Index(name = "IX_PRICE_LIST_ITEM_EXTERNAL_ID", columnList = "EXTERNAL_ID"))
@NamedQuery(name = PriceListItem.FIND_BY_EXTERNAL_ID,
        query = "SELECT p FROM PriceListItem p WHERE p.externalId = :externalId")
@NamedQuery(name = PriceListItem.FIND_VALID_ON, query = """
        SELECT p FROM PriceListItem p
        WHERE p.validFrom = (SELECT MAX(q.validFrom) FROM PriceListItem q
                             WHERE q.service = p.service AND q.validFrom <= :date)
        ORDER BY p.service.code""")
public class PriceListItem {

    public static final String FIND_VALID_ON = "PriceListItem.findValidOn";
    public static final String FIND_BY_EXTERNAL_ID = "PriceListItem.findByExternalId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    /** The billing system's key (exchange file {@code prices}); none for items made otherwise. */
    @Column(name = "EXTERNAL_ID", length = 100)
    private String externalId;

    /** The billing system's version of the row; an older one never overwrites a newer one. */
    @Column(name = "VERSION")
    private Long version;

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

    public String getExternalId() {
        return externalId;
    }

    public Long getVersion() {
        return version;
    }

    /** Takes the billing system's values; answers whether anything changed. */
    public boolean update(String externalId, UtilityService service, BigDecimal price, BigDecimal vatRate,
            LocalDate validFrom, Long version) {
        boolean changed = this.service != service || !equalNumbers(this.price, price)
                || !equalNumbers(this.vatRate, vatRate) || !Objects.equals(this.validFrom, validFrom)
                || !Objects.equals(this.externalId, externalId)
                || !Objects.equals(this.version, version);
        this.externalId = externalId;
        this.service = service;
        this.price = price;
        this.vatRate = vatRate;
        this.validFrom = validFrom;
        this.version = version;
        return changed;
    }

    private static boolean equalNumbers(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
