package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.core.domain.Meter;

/** {@code readings.csv}: the utility's own meter readings (odčitki), at most one per meter and day. */
@ApplicationScoped
public class ReadingsFile extends UpsertFile<ReadingsFile.Row, MeterReading, ReadingsFile.Chunk> {

    record Row(String externalId, Long version, String meter, LocalDate readingDate, BigDecimal value,
            ReadingStatus status) implements UpsertFile.Parsed {
    }

    /** The chunk's meters, and their utility readings on the chunk's days (by meter, then day). */
    record Chunk(Map<String, Meter> meters, Map<Meter, Map<LocalDate, MeterReading>> onDay) {

        Map<LocalDate, MeterReading> of(Meter meter) {
            return onDay.computeIfAbsent(meter, m -> new HashMap<>());
        }
    }

    /** The columns an imported reading has (the result reason and the entering account stay empty). */
    private static final BulkInsert<MeterReading> INSERT = new BulkInsert<>("METER_READING", List.of(
            BulkInsert.Column.bigint("VERSION", reading -> 1L),
            BulkInsert.Column.text("EXTERNAL_ID", reading -> reading.getSourceKey().getExternalId()),
            BulkInsert.Column.bigint("SOURCE_VERSION", reading -> reading.getSourceKey().getVersion()),
            BulkInsert.Column.bigint("METER_ID", reading -> reading.getMeter().getId()),
            BulkInsert.Column.date("READING_DATE", MeterReading::getReadingDate),
            BulkInsert.Column.decimal("READING_VALUE", MeterReading::getReadingValue),
            BulkInsert.Column.text("SOURCE", reading -> reading.getSource().name()),
            BulkInsert.Column.text("STATUS", reading -> reading.getStatus().name()),
            BulkInsert.Column.instant("ENTERED_AT", MeterReading::getEnteredAt)));

    @Inject
    Clock clock;

    public ReadingsFile() {
        super(MeterReading.class, List.of("external_id", "meter_external_id", "reading_date", "value"),
                List.of("status", "version"));
    }

    @Override
    public String name() {
        return "readings";
    }

    @Override
    Row parse(RowCheck check) {
        Row row = new Row(check.externalId(), check.version(), check.reference("meter_external_id"),
                check.date("reading_date"), check.nonNegativeDecimal("value", 15, MetersFile.MAX_DECIMALS),
                check.row().value("status") == null ? ReadingStatus.ACCEPTED
                        : check.oneOf("status", ReadingStatus.class));
        return check.failed() ? null : row;
    }

    @Override
    Chunk references(List<Row> rows) {
        Map<String, Meter> meters = Lookup.byExternalId(em, Meter.class, rows.stream().map(Row::meter).toList());
        Chunk chunk = new Chunk(meters, new HashMap<>());
        if (!rows.isEmpty()) {
            LocalDate first = rows.stream().map(Row::readingDate).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = rows.stream().map(Row::readingDate).max(Comparator.naturalOrder()).orElseThrow();
            Lookup.in(meters.values(), slice -> em.createQuery("""
                            SELECT r FROM MeterReading r
                            WHERE r.meter IN :meters AND r.source = :source AND r.readingDate BETWEEN :first AND :last""",
                            MeterReading.class)
                    .setParameter("meters", slice).setParameter("source", ReadingSource.UTILITY)
                    .setParameter("first", first).setParameter("last", last)
                    .getResultList())
                    .forEach(reading -> chunk.of(reading.getMeter()).put(reading.getReadingDate(), reading));
        }
        return chunk;
    }

    /** The portal's own utility reading of that meter and day (one made before the billing system sent any). */
    @Override
    MeterReading adoptable(Row row, Chunk chunk) {
        Meter meter = chunk.meters().get(row.meter());
        MeterReading reading = meter == null ? null : chunk.of(meter).get(row.readingDate());
        return reading != null && reading.getSourceKey().getExternalId() == null ? reading : null;
    }

    @Override
    Problem problem(Row row, MeterReading held, Chunk chunk) {
        Meter meter = chunk.meters().get(row.meter());
        if (meter == null) {
            return unknown("meter_external_id", row.meter());
        }
        if (row.readingDate().isBefore(meter.getInstalledOn())
                || meter.getRemovedOn() != null && row.readingDate().isAfter(meter.getRemovedOn())) {
            return new Problem("reading_date", "reading_date " + row.readingDate() + " is outside the days meter "
                    + row.meter() + " was installed (" + meter.getInstalledOn() + ".."
                    + (meter.getRemovedOn() == null ? "" : meter.getRemovedOn()) + ")");
        }
        if (row.value().stripTrailingZeros().scale() > meter.getDecimals()
                || row.value().precision() - row.value().scale() > meter.getDigits()) {
            return new Problem("value", "value " + row.value().stripTrailingZeros().toPlainString()
                    + " does not fit the meter's dial of " + meter.getDigits() + " digits and "
                    + meter.getDecimals() + " decimals");
        }
        MeterReading sameDay = chunk.of(meter).get(row.readingDate());
        if (sameDay != null && sameDay != held) {
            return new Problem("reading_date", "meter " + row.meter() + " already has another utility reading "
                    + "on " + row.readingDate() + " (external_id " + sameDay.getSourceKey().getExternalId() + ")");
        }
        return null;
    }

    @Override
    MeterReading create(Row row, Chunk chunk) {
        Meter meter = chunk.meters().get(row.meter());
        MeterReading reading = new MeterReading(meter, row.readingDate(), row.value(), ReadingSource.UTILITY,
                row.status(), Instant.now(clock), null);
        chunk.of(meter).put(row.readingDate(), reading);
        return reading;
    }

    @Override
    void insert(List<MeterReading> created) {
        INSERT.insert(em, created);
    }

    @Override
    boolean update(MeterReading held, Row row, Chunk chunk) {
        Meter meter = chunk.meters().get(row.meter());
        chunk.of(held.getMeter()).remove(held.getReadingDate(), held);
        chunk.of(meter).put(row.readingDate(), held);
        return held.update(meter, row.readingDate(), row.value(), row.status());
    }
}
