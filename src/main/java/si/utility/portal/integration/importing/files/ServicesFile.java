package si.utility.portal.integration.importing.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowOutcome;

/** {@code services.csv}: the services the utility bills (storitve), upserted by the billing system's key. */
@ApplicationScoped
public class ServicesFile extends RowByRowFile {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "services";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "code", "name", "unit");
    }

    @Override
    public Set<String> knownColumns() {
        return Set.of("external_id", "code", "name", "unit", "version");
    }

    @Override
    RowOutcome apply(RowValues row) {
        String externalId = row.required("external_id", 100);
        String code = row.required("code", 20);
        String name = row.required("name", 200);
        String unit = row.required("unit", 20);
        Long version = row.version();
        UtilityService held = em.createNamedQuery(UtilityService.FIND_BY_EXTERNAL_ID, UtilityService.class)
                .setParameter("externalId", externalId).getResultStream().findFirst().orElse(null);
        List<UtilityService> sameCode = em.createQuery("SELECT s FROM UtilityService s WHERE s.code = :code",
                UtilityService.class).setParameter("code", code).getResultList();
        if (sameCode.stream().anyMatch(other -> other != held)) {
            throw new RowRejected("code", "code " + code + " belongs to another service");
        }
        if (held == null) {
            UtilityService service = new UtilityService(code, name, unit);
            service.update(externalId, code, name, unit, version);
            em.persist(service);
            return RowOutcome.INSERTED;
        }
        RowValues.checkNotOlder(held.getVersion(), version);
        return held.update(externalId, code, name, unit, version) ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    /** Services are never removed by a full file: invoices and prices keep referring to them. */
    @Override
    public long completeFull(ImportContext context) {
        return 0;
    }
}
