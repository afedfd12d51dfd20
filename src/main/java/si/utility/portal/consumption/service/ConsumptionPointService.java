package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.platform.logging.LogSafe;

/** The consumption points of the logged-in payer; every method takes the payer id and looks only at theirs. */
@ApplicationScoped
public class ConsumptionPointService {

    private static final Logger LOG = Logger.getLogger(ConsumptionPointService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A meter with its latest reading, if any. */
    public record MeterSummary(Meter meter, Optional<MeterReading> lastReading) {

        public boolean isActive() {
            return meter.getRemovedOn() == null;
        }
    }

    /** Odjemno mesto with what the page shows about it. */
    public record PointDetails(ConsumptionPoint point, List<UtilityService> services, List<MeterSummary> meters) {

        /** Reading entry is possible only where an installed meter is. */
        public boolean readingEntryPossible() {
            return point.isMetered() && meters.stream().anyMatch(MeterSummary::isActive);
        }
    }

    public List<ConsumptionPoint> findForPayer(long payerId) {
        return em.createNamedQuery(ConsumptionPoint.FIND_BY_PAYER, ConsumptionPoint.class)
                .setParameter("payerId", payerId)
                .getResultList();
    }

    /**
     * The payer's point with this code.
     *
     * @throws PointNotFoundException when there is none; an attempt at another payer's point is logged
     */
    public ConsumptionPoint require(long payerId, String code) {
        Optional<ConsumptionPoint> point = code == null ? Optional.empty()
                : em.createNamedQuery(ConsumptionPoint.FIND_BY_PAYER_AND_CODE, ConsumptionPoint.class)
                        .setParameter("payerId", payerId)
                        .setParameter("code", code.strip())
                        .getResultStream().findFirst();
        return point.orElseThrow(() -> {
            LOG.warning(() -> "Payer " + payerId + " asked for consumption point " + LogSafe.quote(code)
                    + ", which is not theirs or does not exist");
            return new PointNotFoundException("No consumption point " + LogSafe.quote(code) + " for payer " + payerId);
        });
    }

    @Transactional
    public PointDetails details(long payerId, String code) {
        return details(payerId, require(payerId, code));
    }

    /** @param point one of {@link #findForPayer the payer's points} */
    PointDetails details(long payerId, ConsumptionPoint point) {
        List<MeterSummary> meters = meters(payerId, point).stream()
                .map(meter -> new MeterSummary(meter, em.createNamedQuery(MeterReading.FIND_LATEST_OF_METER,
                        MeterReading.class).setParameter("meterId", meter.getId()).setMaxResults(1)
                        .getResultStream().findFirst()))
                .toList();
        return new PointDetails(point, List.copyOf(point.getServices()), meters);
    }

    List<Meter> meters(long payerId, ConsumptionPoint point) {
        return em.createNamedQuery(Meter.FIND_BY_CONSUMPTION_POINT, Meter.class)
                .setParameter("consumptionPointId", point.getId())
                .setParameter("payerId", payerId)
                .getResultList();
    }
}
