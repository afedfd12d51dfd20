package si.utility.portal.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.billing.domain.Invoice;

/** Fills an empty database with {@link DemoData} at start-up when {@code portal.demo-data} is on. */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.demo-data")
    private boolean enabled;

    @Inject
    private Clock clock;

    /** The container calls observers through the interceptors, so the whole load is one transaction. */
    @Transactional
    public void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled) {
            return;
        }
        if (em.createQuery("SELECT COUNT(p) FROM Payer p", Long.class).getSingleResult() > 0) {
            LOG.info("Demo data not loaded: the database already has payers");
            return;
        }
        List<Object> entities = DemoData.forDay(LocalDate.now(clock));
        entities.forEach(em::persist);
        LOG.info(() -> "Loaded " + rowCount(entities) + " rows of demo data");
    }

    private static long rowCount(List<Object> entities) {
        return entities.stream()
                .mapToLong(entity -> entity instanceof Invoice invoice ? 1 + invoice.getLines().size() : 1)
                .sum();
    }
}
