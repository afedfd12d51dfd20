package si.utility.portal.core.domain;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/**
 * The period a consumption point belonged to one payer (a move ends one occupancy and starts the next). A payer
 * sees a point's readings, consumption and invoices only for the days of their own occupancies.
 */
@Entity
@Table(name = "POINT_OCCUPANCY",
        uniqueConstraints = @UniqueConstraint(name = "UK_POINT_OCCUPANCY_EXTERNAL_ID", columnNames = "EXTERNAL_ID"),
        indexes = {
        @Index(name = "IX_POINT_OCCUPANCY_POINT", columnList = "CONSUMPTION_POINT_ID, VALID_FROM"),
        @Index(name = "IX_POINT_OCCUPANCY_PAYER", columnList = "PAYER_ID")})
@NamedQuery(name = PointOccupancy.FIND_BY_PAYER, query = """
        SELECT o FROM PointOccupancy o JOIN FETCH o.consumptionPoint c
        WHERE o.payer.id = :payerId
        ORDER BY c.code, o.validFrom""")
@NamedQuery(name = PointOccupancy.FIND_BY_PAYER_AND_CODE, query = """
        SELECT o FROM PointOccupancy o JOIN FETCH o.consumptionPoint c
        WHERE o.payer.id = :payerId AND c.code = :code
        ORDER BY o.validFrom""")
public class PointOccupancy implements Sourced {

    /** Every occupancy of the payer with its point: the points they see, past ones included. */
    public static final String FIND_BY_PAYER = "PointOccupancy.findByPayer";
    /** The only way to open one point: by its code, and only among the payer's own occupancies. */
    public static final String FIND_BY_PAYER_AND_CODE = "PointOccupancy.findByPayerAndCode";

    /** The first day of occupancies that began before the portal knew of them (migrated data). */
    public static final LocalDate SINCE_EVER = LocalDate.of(1900, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CONSUMPTION_POINT_ID", nullable = false)
    private ConsumptionPoint consumptionPoint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PAYER_ID", nullable = false)
    private Payer payer;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    /** The last day that was the payer's, inclusive; {@code null} while it still is. */
    @Column(name = "VALID_TO")
    private LocalDate validTo;

    protected PointOccupancy() {
    }

    public PointOccupancy(ConsumptionPoint consumptionPoint, Payer payer, LocalDate validFrom, LocalDate validTo) {
        this.consumptionPoint = consumptionPoint;
        this.payer = payer;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Long getId() {
        return id;
    }

    public ConsumptionPoint getConsumptionPoint() {
        return consumptionPoint;
    }

    public Payer getPayer() {
        return payer;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public DatePeriod period() {
        return new DatePeriod(validFrom, validTo);
    }

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    public boolean update(ConsumptionPoint consumptionPoint, Payer payer, LocalDate validFrom, LocalDate validTo) {
        boolean changed = this.consumptionPoint != consumptionPoint || this.payer != payer
                || !this.validFrom.equals(validFrom) || !Objects.equals(this.validTo, validTo);
        this.consumptionPoint = consumptionPoint;
        this.payer = payer;
        this.validFrom = validFrom;
        this.validTo = validTo;
        return changed;
    }
}
