package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import si.utility.portal.core.domain.ConsumptionPoint;

/** {@code consumption_points.csv}: the places services are delivered and billed (odjemna mesta). */
@ApplicationScoped
public class ConsumptionPointsFile
        extends UpsertFile<ConsumptionPointsFile.Row, ConsumptionPoint, NaturalKeys<ConsumptionPoint>> {

    record Row(String externalId, Long version, String code, String street, String postCode, String city,
            boolean metered) implements UpsertFile.Parsed {
    }

    public ConsumptionPointsFile() {
        super(ConsumptionPoint.class, List.of("external_id", "code", "metered"),
                List.of("street", "post_code", "city", "version"));
    }

    @Override
    public String name() {
        return "consumption_points";
    }

    @Override
    Row parse(RowCheck check) {
        Row row = new Row(check.externalId(), check.version(), check.text("code", 20),
                check.optionalText("street", 200), check.optionalText("post_code", 10),
                check.optionalText("city", 100), Boolean.TRUE.equals(check.bool("metered")));
        return check.failed() ? null : row;
    }

    @Override
    NaturalKeys<ConsumptionPoint> references(List<Row> rows) {
        return NaturalKeys.load(em, ConsumptionPoint.class, "code", "code", rows.stream().map(Row::code).toList(),
                ConsumptionPoint::getCode);
    }

    @Override
    ConsumptionPoint adoptable(Row row, NaturalKeys<ConsumptionPoint> codes) {
        return codes.adoptable(row.code());
    }

    @Override
    Problem problem(Row row, ConsumptionPoint held, NaturalKeys<ConsumptionPoint> codes) {
        return codes.conflict(row.code(), held);
    }

    @Override
    ConsumptionPoint create(Row row, NaturalKeys<ConsumptionPoint> codes) {
        ConsumptionPoint point = new ConsumptionPoint(row.code(), row.street(), row.postCode(), row.city(),
                row.metered(), List.of());
        codes.track(point);
        return point;
    }

    @Override
    boolean update(ConsumptionPoint held, Row row, NaturalKeys<ConsumptionPoint> codes) {
        codes.forget(held);
        boolean changed = held.update(row.code(), row.street(), row.postCode(), row.city(), row.metered());
        codes.track(held);
        return changed;
    }
}
