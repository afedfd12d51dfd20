package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;

/** {@code point_services.csv}: which services a consumption point receives (a pair per row, no key of its own). */
@ApplicationScoped
public class PointServicesFile implements ExchangeFile {

    private static final String POINT = "point_external_id";
    private static final String SERVICE = "service_external_id";

    record Row(String point, String service) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "point_services";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of(POINT, SERVICE);
    }

    @Override
    public Set<String> knownColumns() {
        return requiredColumns();
    }

    @Override
    public List<RowResult> apply(List<ExchangeRow> rows, ImportContext context) {
        List<RowResult> results = new ArrayList<>(rows.size());
        List<Row> parsed = new ArrayList<>(rows.size());
        for (ExchangeRow row : rows) {
            RowCheck check = new RowCheck(row);
            Row pair = new Row(check.reference(POINT), check.reference(SERVICE));
            parsed.add(check.failed() ? null : pair);
            results.add(check.failed() ? check.rejection() : null);
        }
        List<Row> valid = parsed.stream().filter(r -> r != null).toList();
        Map<String, ConsumptionPoint> points = Lookup.byExternalId(em, ConsumptionPoint.class,
                valid.stream().map(Row::point).toList());
        Map<String, UtilityService> services = Lookup.byExternalId(em, UtilityService.class,
                valid.stream().map(Row::service).toList());
        for (int i = 0; i < rows.size(); i++) {
            Row row = parsed.get(i);
            if (row == null) {
                continue;
            }
            ConsumptionPoint point = points.get(row.point());
            UtilityService service = services.get(row.service());
            if (point == null) {
                results.set(i, rejected(rows.get(i), UpsertFile.unknown(POINT, row.point())));
            } else if (service == null) {
                results.set(i, rejected(rows.get(i), UpsertFile.unknown(SERVICE, row.service())));
            } else {
                results.set(i, RowResult.of(rows.get(i),
                        point.addService(service) ? RowOutcome.INSERTED : RowOutcome.UNCHANGED));
            }
        }
        return results;
    }

    private static RowResult rejected(ExchangeRow row, UpsertFile.Problem problem) {
        return RowResult.rejected(row, problem.column(), problem.reason());
    }

    /** Services are only ever added by this version of the format; full mode removes none. */
    @Override
    public long completeFull(ImportContext context) {
        return 0;
    }
}
