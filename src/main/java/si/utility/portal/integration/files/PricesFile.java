package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import si.utility.portal.core.domain.PriceListItem;
import si.utility.portal.core.domain.UtilityService;

/** {@code prices.csv}: a service's price from a date on (cenik). */
@ApplicationScoped
public class PricesFile extends UpsertFile<PricesFile.Row, PriceListItem, Map<String, UtilityService>> {

    record Row(String externalId, Long version, String service, LocalDate validFrom, BigDecimal price,
            BigDecimal vatRate) implements UpsertFile.Parsed {
    }

    public PricesFile() {
        super(PriceListItem.class, List.of("external_id", "service_external_id", "valid_from", "price", "vat_rate"),
                List.of("version"));
    }

    @Override
    public String name() {
        return "prices";
    }

    @Override
    Row parse(RowCheck check) {
        Row row = new Row(check.externalId(), check.version(), check.reference("service_external_id"),
                check.date("valid_from"), check.nonNegativeDecimal("price", 12, 4),
                check.nonNegativeDecimal("vat_rate", 5, 2));
        return check.failed() ? null : row;
    }

    @Override
    Map<String, UtilityService> references(List<Row> rows) {
        return Lookup.byExternalId(em, UtilityService.class, rows.stream().map(Row::service).toList());
    }

    @Override
    Problem problem(Row row, PriceListItem held, Map<String, UtilityService> services) {
        UtilityService service = services.get(row.service());
        if (service == null) {
            return unknown("service_external_id", row.service());
        }
        boolean sameDayTaken = em.createQuery("""
                        SELECT COUNT(p) FROM PriceListItem p
                        WHERE p.service = :service AND p.validFrom = :validFrom AND p <> :held""", Long.class)
                .setParameter("service", service)
                .setParameter("validFrom", row.validFrom())
                .setParameter("held", held)
                .getSingleResult() > 0;
        return sameDayTaken ? new Problem("valid_from", "service " + row.service()
                + " already has another price valid from " + row.validFrom()) : null;
    }

    @Override
    PriceListItem create(Row row, Map<String, UtilityService> services) {
        return new PriceListItem(services.get(row.service()), row.price(), row.vatRate(), row.validFrom());
    }

    @Override
    boolean update(PriceListItem held, Row row, Map<String, UtilityService> services) {
        return held.update(services.get(row.service()), row.price(), row.vatRate(), row.validFrom());
    }
}
