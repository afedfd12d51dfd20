package si.utility.portal.consumption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/** Odčitek (števčno stanje): the value shown on a meter on a date. */
@Entity
@Table(name = "METER_READING",
        // One reading per meter, day and source: a re-sent portal form can never store a second row. Its index
        // also serves the queries of a meter's readings in a range (V9 dropped the copy on METER_ID, READING_DATE).
        uniqueConstraints = {@UniqueConstraint(name = "UK_METER_READING_METER_DATE_SOURCE",
                columnNames = {"METER_ID", "READING_DATE", "SOURCE"}),
                @UniqueConstraint(name = "UK_METER_READING_EXTERNAL_ID", columnNames = "EXTERNAL_ID")},
        indexes = {@Index(name = "IX_METER_READING_STATUS_ENTERED", columnList = "STATUS, ENTERED_AT"),
                // A meter's latest accepted reading (before a date): Derby reads the first entry instead of
                // sorting all of the meter's readings, as it must with the unique key (it never scans backwards).
                @Index(name = "IX_METER_READING_LATEST", columnList = "METER_ID, STATUS, READING_DATE DESC, ID DESC")})
@NamedQuery(name = MeterReading.FIND_ON_DAY, query = """
        SELECT r FROM MeterReading r
        WHERE r.meter.id = :meterId AND r.readingDate = :date AND r.source = :source""")
public class MeterReading implements Sourced {

    /**
     * The customer's queries below are templates: this marker stands for the days the payer sees
     * ({@link si.utility.portal.core.domain.PayerPeriods#readingDays()}), filled in by
     * {@code consumption.service.ReadingDays}, so no query of a customer's readings can leave them out. The
     * reading's alias is always {@code r}.
     */
    public static final String READING_DAYS = "{readingDays}";

    /**
     * Newest first, readings under review and rejected ones included (marked, counting for nothing), so the customer
     * sees what became of what they entered; the paged table of readings.
     */
    public static final String FIND_BY_POINT_AND_MEDIUM = """
            SELECT r FROM MeterReading r JOIN FETCH r.meter m
            WHERE m.consumptionPoint.id = :pointId AND {readingDays} AND m.medium = :medium
            ORDER BY r.readingDate DESC, m.installedOn DESC, r.id DESC""";
    public static final String COUNT_BY_POINT_AND_MEDIUM = """
            SELECT COUNT(r) FROM MeterReading r
            WHERE r.meter.consumptionPoint.id = :pointId AND {readingDays} AND r.meter.medium = :medium""";
    /**
     * Readings customers entered that the utility has to look at (confirmed implausible ones), oldest entry first:
     * the review queue. The billing system's own readings under review are the billing system's to decide.
     */
    public static final String FIND_IN_REVIEW = """
            SELECT r FROM MeterReading r JOIN FETCH r.meter m JOIN FETCH m.consumptionPoint
            WHERE r.status = si.utility.portal.consumption.domain.ReadingStatus.PENDING_REVIEW
              AND r.source = si.utility.portal.consumption.domain.ReadingSource.PORTAL
            ORDER BY r.enteredAt, r.id""";
    public static final String COUNT_IN_REVIEW = """
            SELECT COUNT(r) FROM MeterReading r
            WHERE r.status = si.utility.portal.consumption.domain.ReadingStatus.PENDING_REVIEW
              AND r.source = si.utility.portal.consumption.domain.ReadingSource.PORTAL""";
    /** What an account entered in the portal at any point, newest entry first: the back office's customer card. */
    public static final String FIND_ENTERED_BY = """
            SELECT r FROM MeterReading r JOIN FETCH r.meter m JOIN FETCH m.consumptionPoint
            WHERE r.enteredBy = :accountId AND r.source = si.utility.portal.consumption.domain.ReadingSource.PORTAL
            ORDER BY r.enteredAt DESC, r.id DESC""";
    /** A meter's readings, newest first, whatever their status: the history a clerk reviews a reading against. */
    public static final String FIND_HISTORY_OF_METER = """
            SELECT r FROM MeterReading r WHERE r.meter.id = :meterId ORDER BY r.readingDate DESC, r.id DESC""";
    /** The accepted reading before a row of the readings table (same order), when the page ends with it. */
    public static final String FIND_COUNTED_BEFORE_IN_TABLE = """
            SELECT r FROM MeterReading r
            WHERE r.meter.id = :meterId AND r.status = si.utility.portal.consumption.domain.ReadingStatus.ACCEPTED
              AND (r.readingDate < :date OR r.readingDate = :date AND r.id < :id) AND {readingDays}
            ORDER BY r.readingDate DESC, r.id DESC""";
    public static final String FIND_LATEST_OF_METER = """
            SELECT r FROM MeterReading r
            WHERE r.meter.id = :meterId AND {readingDays}
              AND r.status = si.utility.portal.consumption.domain.ReadingStatus.ACCEPTED
            ORDER BY r.readingDate DESC, r.id DESC""";
    /**
     * What a customer entered through the portal at one point, for the export of their personal data: what was
     * entered for the payer's own days.
     */
    public static final String FIND_ENTERED_BY_ACCOUNT = """
            SELECT r FROM MeterReading r JOIN FETCH r.meter m
            WHERE r.enteredBy = :accountId AND r.source = si.utility.portal.consumption.domain.ReadingSource.PORTAL
              AND m.consumptionPoint.id = :pointId AND {readingDays}
            ORDER BY r.enteredAt, r.id""";
    /** A meter's portal reading of a day, whoever's: the current occupant's entry replaces their own only. */
    public static final String FIND_ON_DAY = "MeterReading.findOnDay";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    /** Why the billing system rejected (or accepted with a remark) a reading entered in the portal. */
    @Column(name = "RESULT_REASON", length = 200)
    private String resultReason;

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

    /** The customer corrected the value they entered on the same day; the row keeps its identity. */
    public void replaceValue(BigDecimal value, ReadingStatus status, Instant enteredAt, Long enteredBy) {
        this.readingValue = value;
        this.status = status;
        this.enteredAt = enteredAt;
        this.enteredBy = enteredBy;
    }

    /** Counts for consumption, charts and the rules of later entries; a reading under review does not yet. */
    public boolean isAccepted() {
        return status == ReadingStatus.ACCEPTED;
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

    public String getResultReason() {
        return resultReason;
    }

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    /** A utility reading as the billing system sent it; answers whether anything changed. */
    public boolean update(Meter meter, LocalDate readingDate, BigDecimal readingValue, ReadingStatus status) {
        boolean changed = this.meter != meter || !this.readingDate.equals(readingDate)
                || this.readingValue.compareTo(readingValue) != 0 || this.status != status;
        this.meter = meter;
        this.readingDate = readingDate;
        this.readingValue = readingValue;
        this.status = status;
        return changed;
    }

    /** The billing system's verdict on a reading entered in the portal; answers whether anything changed. */
    public boolean settle(ReadingStatus status, String reason) {
        boolean changed = this.status != status || !Objects.equals(this.resultReason, reason);
        this.status = status;
        this.resultReason = reason;
        return changed;
    }
}
