package si.utility.portal.core.domain;

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
import java.time.LocalDate;
import java.util.Objects;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/** Števec: a meter installed at a consumption point; a replaced meter keeps its history with a removal date. */
@Entity
@Table(name = "METER",
        uniqueConstraints = {@UniqueConstraint(name = "UK_METER_SERIAL_NUMBER", columnNames = "SERIAL_NUMBER"),
                @UniqueConstraint(name = "UK_METER_EXTERNAL_ID", columnNames = "EXTERNAL_ID")},
        indexes = @Index(name = "IX_METER_CONSUMPTION_POINT", columnList = "CONSUMPTION_POINT_ID"))
@NamedQuery(name = Meter.FIND_BY_CONSUMPTION_POINTS, query = """
        SELECT m FROM Meter m
        WHERE m.consumptionPoint.id IN :consumptionPointIds
        ORDER BY m.installedOn, m.id""")
public class Meter implements Sourced {

    /** Every meter the point ever had; a payer sees those of their days ({@link #life()}, {@link PayerPeriods}). */
    public static final String FIND_BY_CONSUMPTION_POINTS = "Meter.findByConsumptionPoints";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    @Column(name = "SERIAL_NUMBER", nullable = false, length = 40)
    private String serialNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CONSUMPTION_POINT_ID", nullable = false)
    private ConsumptionPoint consumptionPoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEDIUM", nullable = false, length = 20)
    private Medium medium;

    /** Digits before the decimal point on the dial; the reading rolls over after them. */
    @Column(name = "INTEGER_DIGITS", nullable = false)
    private int digits;

    @Column(name = "DECIMAL_DIGITS", nullable = false)
    private int decimals;

    @Column(name = "INSTALLED_ON", nullable = false)
    private LocalDate installedOn;

    @Column(name = "CALIBRATION_DUE")
    private LocalDate calibrationDue;

    @Column(name = "REMOVED_ON")
    private LocalDate removedOn;

    protected Meter() {
    }

    public Meter(String serialNumber, ConsumptionPoint consumptionPoint, Medium medium, int digits, int decimals,
            LocalDate installedOn, LocalDate calibrationDue) {
        this.serialNumber = serialNumber;
        this.consumptionPoint = consumptionPoint;
        this.medium = medium;
        this.digits = digits;
        this.decimals = decimals;
        this.installedOn = installedOn;
        this.calibrationDue = calibrationDue;
    }

    public Long getId() {
        return id;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public ConsumptionPoint getConsumptionPoint() {
        return consumptionPoint;
    }

    public Medium getMedium() {
        return medium;
    }

    public int getDigits() {
        return digits;
    }

    public int getDecimals() {
        return decimals;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    public LocalDate getCalibrationDue() {
        return calibrationDue;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    /** From installation to removal (the removal day included: its reading is the meter's last). */
    public DatePeriod life() {
        return new DatePeriod(installedOn, removedOn);
    }

    public void setRemovedOn(LocalDate removedOn) {
        this.removedOn = removedOn;
    }

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    public boolean update(String serialNumber, ConsumptionPoint consumptionPoint, Medium medium, int digits,
            int decimals, LocalDate installedOn, LocalDate calibrationDue, LocalDate removedOn) {
        boolean changed = !Objects.equals(this.serialNumber, serialNumber)
                || this.consumptionPoint != consumptionPoint || this.medium != medium || this.digits != digits
                || this.decimals != decimals || !Objects.equals(this.installedOn, installedOn)
                || !Objects.equals(this.calibrationDue, calibrationDue) || !Objects.equals(this.removedOn, removedOn);
        this.serialNumber = serialNumber;
        this.consumptionPoint = consumptionPoint;
        this.medium = medium;
        this.digits = digits;
        this.decimals = decimals;
        this.installedOn = installedOn;
        this.calibrationDue = calibrationDue;
        this.removedOn = removedOn;
        return changed;
    }
}
