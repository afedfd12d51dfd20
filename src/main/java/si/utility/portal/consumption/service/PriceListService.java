package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import si.utility.portal.core.domain.PayerPoint;
import si.utility.portal.core.domain.PriceListItem;
import si.utility.portal.core.domain.UtilityService;

/** Cenik: the prices valid today, the chosen point's services first. */
@ApplicationScoped
public class PriceListService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ConsumptionPointService points;

    @Inject
    Clock clock;

    /** One line of the price list; unit prices keep four decimals, like the utility's tariff. */
    public record PriceRow(String serviceCode, String serviceName, String unit, BigDecimal priceWithoutVat,
            BigDecimal vatRate, BigDecimal priceWithVat, LocalDate validFrom) {
    }

    public record PriceList(List<PriceRow> ofPoint, List<PriceRow> others) {
    }

    public PriceList prices(long payerId, String code) {
        PayerPoint point = points.require(payerId, code);
        Set<String> pointServices = point.point().getServices().stream().map(UtilityService::getCode)
                .collect(Collectors.toSet());
        List<PriceRow> all = em.createNamedQuery(PriceListItem.FIND_VALID_ON, PriceListItem.class)
                .setParameter("date", LocalDate.now(clock))
                .getResultStream()
                .map(PriceListService::row)
                .toList();
        return new PriceList(all.stream().filter(r -> pointServices.contains(r.serviceCode())).toList(),
                all.stream().filter(r -> !pointServices.contains(r.serviceCode())).toList());
    }

    static PriceRow row(PriceListItem item) {
        BigDecimal gross = item.getPrice().multiply(BigDecimal.ONE.add(item.getVatRate().divide(HUNDRED)))
                .setScale(4, RoundingMode.HALF_UP);
        UtilityService service = item.getService();
        return new PriceRow(service.getCode(), service.getName(), service.getUnit(), item.getPrice(),
                item.getVatRate(), gross, item.getValidFrom());
    }
}
