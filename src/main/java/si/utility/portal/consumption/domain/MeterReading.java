package si.utility.portal.consumption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Odčitek (števčno stanje): the value shown on a meter on a date. */
@Entity
@Table(name = "METER_READING",
        indexes = @Index(name = "IX_METER_READING_METER_DATE", columnList = "METER_ID, READING_DATE"))
@NamedQuery(name = MeterReading.FIND_BY_METER, query = """
        SELECT r FROM MeterReading r
        WHERE r.meter.id = :meterId AND r.meter.consumptionPoint.payer.id = :payerId
        ORDER BY r.readingDate, r.id""")
public class MeterReading {

    public static final String FIND_BY_METER = "MeterReading.findByMeter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "METER_ID", nullable = false)
    private Meter meter;

    @Column(name = "READING_DATE", nullable = false)
    private LocalDate readingDate;

    @Column(name = "READING_VALUE", nullable = false, precision = 15, scale = 3)
    private BigDecimal readingValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 20)
    private ReadingSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ReadingStatus status;

    @Column(name = "ENTERED_AT", nullable = false)
    private Instant enteredAt;

    /** The portal account that entered the reading; empty for the utility's own readings. */
    @Column(name = "ENTERED_BY")
    private Long enteredBy;

    protected MeterReading() {
    }

    public MeterReading(Meter meter, LocalDate readingDate, BigDecimal readingValue, ReadingSource source,
            ReadingStatus status, Instant enteredAt, Long enteredBy) {
        this.meter = meter;
        this.readingDate = readingDate;
        this.readingValue = readingValue;
        this.source = source;
        this.status = status;
        this.enteredAt = enteredAt;
        this.enteredBy = enteredBy;
    }

    public Long getId() {
        return id;
    }

    public Meter getMeter() {
        return meter;
    }

    public LocalDate getReadingDate() {
        return readingDate;
    }

    public BigDecimal getReadingValue() {
        return readingValue;
    }

    public ReadingSource getSource() {
        return source;
    }

    public ReadingStatus getStatus() {
        return status;
    }

    public void setStatus(ReadingStatus status) {
        this.status = status;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Long getEnteredBy() {
        return enteredBy;
    }
}
