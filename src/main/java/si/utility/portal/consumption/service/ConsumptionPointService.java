package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.service.ReadingDays.Range;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.PayerPeriods;
import si.utility.portal.core.domain.PayerPoint;
import si.utility.portal.core.domain.PointOccupancy;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.platform.logging.LogSafe;

/**
 * The consumption points of the logged-in payer, past ones included; every method takes the payer id and looks
 * only at theirs. The one place that knows a payer's periods of a point: {@link #require} and
 * {@link #findForPayer} give a {@link PayerPoint}, and every reading query takes its periods.
 */
@ApplicationScoped
public class ConsumptionPointService {

    private static final Logger LOG = Logger.getLogger(ConsumptionPointService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** A meter with its latest reading the payer sees, if any. */
    public record MeterSummary(Meter meter, Optional<MeterReading> lastReading) {

        public boolean isActive() {
            return meter.getRemovedOn() == null;
        }
    }

    /**
     * Odjemno mesto with what the page shows about it. {@code current}: the point is the payer's today; a past
     * occupant sees it read-only.
     */
    public record PointDetails(PayerPoint point, List<UtilityService> services, List<MeterSummary> meters,
            boolean current) {

        /** Reading entry is possible only for the current occupant, where an installed meter is. */
        public boolean readingEntryPossible() {
            return current && point.isMetered() && meters.stream().anyMatch(MeterSummary::isActive);
        }
    }

    /** The payer's points by code, each with the days it was theirs. */
    public List<PayerPoint> findForPayer(long payerId) {
        Map<ConsumptionPoint, List<PointOccupancy>> byPoint = new LinkedHashMap<>();
        em.createNamedQuery(PointOccupancy.FIND_BY_PAYER, PointOccupancy.class)
                .setParameter("payerId", payerId)
                .getResultStream()
                .forEach(o -> byPoint.computeIfAbsent(o.getConsumptionPoint(), p -> new ArrayList<>())
                        .add(o));
        return byPoint.entrySet().stream()
                .map(e -> new PayerPoint(payerId, e.getKey(), PayerPeriods.ofOccupancies(e.getValue())))
                .toList();
    }

    /**
     * The payer's point with this code, with the days it was theirs.
     *
     * @throws PointNotFoundException when there is none; an attempt at another payer's point is logged
     */
    public PayerPoint require(long payerId, String code) {
        List<PointOccupancy> occupancies = code == null ? List.of()
                : em.createNamedQuery(PointOccupancy.FIND_BY_PAYER_AND_CODE, PointOccupancy.class)
                        .setParameter("payerId", payerId)
                        .setParameter("code", code.strip())
                        .getResultList();
        if (occupancies.isEmpty()) {
            LOG.warning(() -> "Payer " + payerId + " asked for consumption point " + LogSafe.quote(code)
                    + ", which is not theirs or does not exist");
            throw new PointNotFoundException("No consumption point " + LogSafe.quote(code) + " for payer " + payerId);
        }
        return new PayerPoint(payerId, occupancies.get(0).getConsumptionPoint(),
                PayerPeriods.ofOccupancies(occupancies));
    }

    /** The point is the payer's today (by the server's clock): only then may they enter readings. */
    public boolean isCurrent(PayerPoint point) {
        return point.periods().isCurrent(LocalDate.now(clock));
    }

    @Transactional
    public PointDetails details(long payerId, String code) {
        return details(require(payerId, code));
    }

    /** @param point one of {@link #findForPayer the payer's points} */
    PointDetails details(PayerPoint point) {
        return details(List.of(point)).get(0);
    }

    /**
     * The details of some of {@link #findForPayer the payer's points}, in the same number of statements however
     * many points and meters there are: the points' meters, their services, and each meter's newest reading.
     */
    List<PointDetails> details(List<PayerPoint> points) {
        Map<Long, List<Meter>> meters = metersOf(points);
        List<Range> newest = points.stream().flatMap(point -> meters.get(point.point().getId()).stream()
                .map(meter -> Range.newest(meter.getId(), null, point.periods().readingDays()))).toList();
        Map<Long, MeterReading> newestByMeter = new HashMap<>();
        ReadingDays.accepted(em, newest).forEach(reading -> newestByMeter.put(reading.getMeter().getId(), reading));
        Map<Long, List<UtilityService>> services = servicesOf(points);
        return points.stream().map(point -> {
            long id = point.point().getId();
            List<MeterSummary> summaries = meters.get(id).stream()
                    .map(meter -> new MeterSummary(meter, Optional.ofNullable(newestByMeter.get(meter.getId()))))
                    .toList();
            return new PointDetails(point, services.getOrDefault(id, List.of()), summaries, isCurrent(point));
        }).toList();
    }

    /** The meters that were at the point on the payer's days; a meter removed before they moved in is not. */
    List<Meter> meters(PayerPoint point) {
        return metersOf(List.of(point)).get(point.point().getId());
    }

    /** {@link #meters} of each point, by the point's id, in one statement. */
    private Map<Long, List<Meter>> metersOf(List<PayerPoint> points) {
        Map<Long, PayerPoint> byId = new HashMap<>();
        Map<Long, List<Meter>> meters = new HashMap<>();
        points.forEach(point -> {
            byId.put(point.point().getId(), point);
            meters.put(point.point().getId(), new ArrayList<>());
        });
        if (!points.isEmpty()) {
            em.createNamedQuery(Meter.FIND_BY_CONSUMPTION_POINTS, Meter.class)
                    .setParameter("consumptionPointIds", byId.keySet())
                    .getResultStream()
                    .forEach(meter -> {
                        long pointId = meter.getConsumptionPoint().getId();
                        if (byId.get(pointId).periods().overlaps(meter.life())) {
                            meters.get(pointId).add(meter);
                        }
                    });
        }
        return meters;
    }

    /** The services of each point, by the point's id, in one statement. */
    private Map<Long, List<UtilityService>> servicesOf(List<PayerPoint> points) {
        Map<Long, List<UtilityService>> services = new HashMap<>();
        if (!points.isEmpty()) {
            em.createNamedQuery(ConsumptionPoint.FIND_SERVICES, Object[].class)
                    .setParameter("consumptionPointIds", points.stream().map(point -> point.point().getId()).toList())
                    .getResultStream()
                    .forEach(row -> services.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add((UtilityService) row[1]));
        }
        return services;
    }
}
