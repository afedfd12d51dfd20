package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import si.utility.portal.core.domain.UtilityService;

/** {@code services.csv}: the services the utility bills (storitve), with their units. */
@ApplicationScoped
public class ServicesFile extends UpsertFile<ServicesFile.Row, UtilityService, NaturalKeys<UtilityService>> {

    record Row(String externalId, Long version, String code, String name, String unit)
            implements UpsertFile.Parsed {
    }

    public ServicesFile() {
        super(UtilityService.class, List.of("external_id", "code", "name", "unit"), List.of("version"));
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    Row parse(RowCheck check) {
        return new Row(check.externalId(), check.version(), check.text("code", 20), check.text("name", 200),
                check.text("unit", 20));
    }

    @Override
    NaturalKeys<UtilityService> references(List<Row> rows) {
        return NaturalKeys.load(em, UtilityService.class, "code", "code", rows.stream().map(Row::code).toList(),
                UtilityService::getCode);
    }

    @Override
    UtilityService adoptable(Row row, NaturalKeys<UtilityService> codes) {
        return codes.adoptable(row.code());
    }

    @Override
    Problem problem(Row row, UtilityService held, NaturalKeys<UtilityService> codes) {
        return codes.conflict(row.code(), held);
    }

    @Override
    UtilityService create(Row row, NaturalKeys<UtilityService> codes) {
        UtilityService service = new UtilityService(row.code(), row.name(), row.unit());
        codes.track(service);
        return service;
    }

    @Override
    boolean update(UtilityService held, Row row, NaturalKeys<UtilityService> codes) {
        codes.forget(held);
        boolean changed = held.update(row.code(), row.name(), row.unit());
        codes.track(held);
        return changed;
    }
}
