package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.Meter;

/** {@code meters.csv}: the meters installed at consumption points (števci); a replaced one has a removal date. */
@ApplicationScoped
public class MetersFile extends UpsertFile<MetersFile.Row, Meter, MetersFile.Chunk> {

    /** Readings are stored with 15 digits, 3 of them decimals. */
    static final int MAX_DIGITS = 12;
    static final int MAX_DECIMALS = 3;

    record Row(String externalId, Long version, String serialNumber, String point, Medium medium, int digits,
            int decimals, LocalDate installedOn, LocalDate removedOn, LocalDate calibrationDue)
            implements UpsertFile.Parsed {
    }

    record Chunk(Map<String, ConsumptionPoint> points, NaturalKeys<Meter> serialNumbers) {
    }

    public MetersFile() {
        super(Meter.class, List.of("external_id", "serial_number", "point_external_id", "medium", "unit", "digits",
                "decimals", "installed_on"), List.of("removed_on", "calibration_due", "version"));
    }

    @Override
    public String name() {
        return "meters";
    }

    @Override
    Row parse(RowCheck check) {
        String externalId = check.externalId();
        Long version = check.version();
        String serialNumber = check.text("serial_number", 40);
        String point = check.reference("point_external_id");
        Medium medium = check.oneOf("medium", Medium.class);
        String unit = check.text("unit", 10);
        if (medium != null && unit != null && !medium.getUnit().equals(unit)) {
            check.reject("unit", "must be " + medium.getUnit() + " for " + medium.name().toLowerCase(Locale.ROOT) + ", was "
                    + unit);
        }
        Integer digits = check.integer("digits", 1, MAX_DIGITS);
        Integer decimals = check.integer("decimals", 0, MAX_DECIMALS);
        LocalDate installedOn = check.date("installed_on");
        LocalDate removedOn = check.optionalDate("removed_on");
        LocalDate calibrationDue = check.optionalDate("calibration_due");
        if (installedOn != null && removedOn != null && removedOn.isBefore(installedOn)) {
            check.reject("removed_on", "is before installed_on (" + removedOn + " < " + installedOn + ")");
        }
        if (check.failed()) {
            return null;
        }
        return new Row(externalId, version, serialNumber, point, medium, digits, decimals, installedOn, removedOn,
                calibrationDue);
    }

    @Override
    Chunk references(List<Row> rows) {
        return new Chunk(Lookup.byExternalId(em, ConsumptionPoint.class, rows.stream().map(Row::point).toList()),
                NaturalKeys.load(em, Meter.class, "serialNumber", "serial_number",
                        rows.stream().map(Row::serialNumber).toList(), Meter::getSerialNumber));
    }

    @Override
    Meter adoptable(Row row, Chunk chunk) {
        return chunk.serialNumbers().adoptable(row.serialNumber());
    }

    @Override
    Problem problem(Row row, Meter held, Chunk chunk) {
        ConsumptionPoint point = chunk.points().get(row.point());
        if (point == null) {
            return unknown("point_external_id", row.point());
        }
        if (!point.isMetered()) {
            return new Problem("point_external_id", "point_external_id " + row.point()
                    + " is a point without meters (metered=false)");
        }
        return chunk.serialNumbers().conflict(row.serialNumber(), held);
    }

    @Override
    Meter create(Row row, Chunk chunk) {
        Meter meter = new Meter(row.serialNumber(), chunk.points().get(row.point()), row.medium(), row.digits(),
                row.decimals(), row.installedOn(), row.calibrationDue());
        meter.setRemovedOn(row.removedOn());
        chunk.serialNumbers().track(meter);
        return meter;
    }

    @Override
    boolean update(Meter held, Row row, Chunk chunk) {
        chunk.serialNumbers().forget(held);
        boolean changed = held.update(row.serialNumber(), chunk.points().get(row.point()), row.medium(),
                row.digits(), row.decimals(), row.installedOn(), row.calibrationDue(), row.removedOn());
        chunk.serialNumbers().track(held);
        return changed;
    }
}
