package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.DatePeriod;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.PointOccupancy;

/**
 * {@code point_payers.csv}: which payer a consumption point belongs to from/to which date (moves). The periods
 * of one point never overlap: a row that would overlap another period of its point is rejected.
 */
@ApplicationScoped
public class PointPayersFile extends UpsertFile<PointPayersFile.Row, PointOccupancy, PointPayersFile.Chunk> {

    record Row(String externalId, Long version, String point, String payer, LocalDate validFrom,
            LocalDate validTo) implements UpsertFile.Parsed {
    }

    record Chunk(Map<String, ConsumptionPoint> points, Map<String, Payer> payers,
            Map<ConsumptionPoint, List<PointOccupancy>> occupancies) {

        List<PointOccupancy> of(ConsumptionPoint point) {
            return occupancies.computeIfAbsent(point, p -> new ArrayList<>());
        }
    }

    public PointPayersFile() {
        super(PointOccupancy.class, List.of("external_id", "point_external_id", "payer_external_id", "valid_from"),
                List.of("valid_to", "version"));
    }

    @Override
    public String name() {
        return "point_payers";
    }

    @Override
    Row parse(RowCheck check) {
        Row row = new Row(check.externalId(), check.version(), check.reference("point_external_id"),
                check.reference("payer_external_id"), check.date("valid_from"), check.optionalDate("valid_to"));
        if (row.validFrom() != null && row.validTo() != null && row.validTo().isBefore(row.validFrom())) {
            check.reject("valid_to", "is before valid_from (" + row.validTo() + " < " + row.validFrom() + ")");
        }
        return row;
    }

    @Override
    Chunk references(List<Row> rows) {
        Map<String, ConsumptionPoint> points = Lookup.byExternalId(em, ConsumptionPoint.class,
                rows.stream().map(Row::point).toList());
        Map<ConsumptionPoint, List<PointOccupancy>> occupancies = new HashMap<>();
        for (PointOccupancy occupancy : Lookup.in(points.values(), slice -> em.createQuery(
                        "SELECT o FROM PointOccupancy o WHERE o.consumptionPoint IN :points", PointOccupancy.class)
                .setParameter("points", slice).getResultList())) {
            occupancies.computeIfAbsent(occupancy.getConsumptionPoint(), p -> new ArrayList<>()).add(occupancy);
        }
        return new Chunk(points, Lookup.byExternalId(em, Payer.class, rows.stream().map(Row::payer).toList()),
                occupancies);
    }

    /** The occupancy the portal itself made for this point and payer (before the billing system sent any). */
    @Override
    PointOccupancy adoptable(Row row, Chunk chunk) {
        ConsumptionPoint point = chunk.points().get(row.point());
        Payer payer = chunk.payers().get(row.payer());
        if (point == null || payer == null) {
            return null;
        }
        return chunk.of(point).stream()
                .filter(o -> o.getSourceKey().getExternalId() == null && o.getPayer() == payer)
                .findFirst().orElse(null);
    }

    @Override
    Problem problem(Row row, PointOccupancy held, Chunk chunk) {
        ConsumptionPoint point = chunk.points().get(row.point());
        if (point == null) {
            return unknown("point_external_id", row.point());
        }
        if (!chunk.payers().containsKey(row.payer())) {
            return unknown("payer_external_id", row.payer());
        }
        return chunk.of(point).stream()
                .filter(other -> other != held && other.period().overlaps(new DatePeriod(row.validFrom(), row.validTo())))
                .findFirst()
                .map(other -> new Problem("valid_from", "the period " + period(row.validFrom(), row.validTo())
                        + " overlaps the period " + period(other.getValidFrom(), other.getValidTo())
                        + " of the point's occupancy " + describe(other)))
                .orElse(null);
    }

    @Override
    PointOccupancy create(Row row, Chunk chunk) {
        ConsumptionPoint point = chunk.points().get(row.point());
        PointOccupancy occupancy = new PointOccupancy(point, chunk.payers().get(row.payer()), row.validFrom(),
                row.validTo());
        chunk.of(point).add(occupancy);
        return occupancy;
    }

    @Override
    boolean update(PointOccupancy held, Row row, Chunk chunk) {
        ConsumptionPoint point = chunk.points().get(row.point());
        chunk.of(held.getConsumptionPoint()).remove(held);
        chunk.of(point).add(held);
        return held.update(point, chunk.payers().get(row.payer()), row.validFrom(), row.validTo());
    }

    private static String period(LocalDate from, LocalDate to) {
        return from + ".." + (to == null ? "open" : to);
    }

    private static String describe(PointOccupancy occupancy) {
        String externalId = occupancy.getSourceKey().getExternalId();
        return externalId == null ? "the portal made" : "external_id " + externalId;
    }
}
