package si.utility.portal.integration.importing.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import si.utility.portal.core.domain.PriceListItem;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowOutcome;

/** {@code prices.csv}: a service's price from a date on (cenik), upserted by the billing system's key. */
@ApplicationScoped
public class PricesFile extends RowByRowFile {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "prices";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "service_external_id", "valid_from", "price", "vat_rate");
    }

    @Override
    public Set<String> knownColumns() {
        return Set.of("external_id", "service_external_id", "valid_from", "price", "vat_rate", "version");
    }

    @Override
    RowOutcome apply(RowValues row) {
        String externalId = row.required("external_id", 100);
        String serviceId = row.required("service_external_id", 100);
        LocalDate validFrom = row.date("valid_from");
        BigDecimal price = row.decimal("price", 12, 4);
        BigDecimal vatRate = row.decimal("vat_rate", 5, 2);
        Long version = row.version();
        UtilityService service = em.createNamedQuery(UtilityService.FIND_BY_EXTERNAL_ID, UtilityService.class)
                .setParameter("externalId", serviceId).getResultStream().findFirst()
                .orElseThrow(() -> new RowRejected("service_external_id", "no service has external_id "
                        + serviceId));
        PriceListItem held = em.createNamedQuery(PriceListItem.FIND_BY_EXTERNAL_ID, PriceListItem.class)
                .setParameter("externalId", externalId).getResultStream().findFirst().orElse(null);
        List<PriceListItem> sameDay = em.createQuery(
                "SELECT p FROM PriceListItem p WHERE p.service = :service AND p.validFrom = :validFrom",
                PriceListItem.class).setParameter("service", service).setParameter("validFrom", validFrom)
                .getResultList();
        if (sameDay.stream().anyMatch(other -> other != held)) {
            throw new RowRejected("valid_from", "service " + serviceId + " already has another price valid from "
                    + validFrom);
        }
        if (held == null) {
            PriceListItem item = new PriceListItem(service, price, vatRate, validFrom);
            item.update(externalId, service, price, vatRate, validFrom, version);
            em.persist(item);
            return RowOutcome.INSERTED;
        }
        RowValues.checkNotOlder(held.getVersion(), version);
        return held.update(externalId, service, price, vatRate, validFrom, version)
                ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    @Override
    public long completeFull(ImportContext context) {
        return 0;
    }
}
