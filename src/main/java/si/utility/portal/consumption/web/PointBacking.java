package si.utility.portal.consumption.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.consumption.service.ConsumptionPointService;
import si.utility.portal.consumption.service.ConsumptionPointService.PointDetails;

/** consumption/point.xhtml: Odjemno mesto, the point's data, services, meters and last readings. */
@Named
@RequestScoped
public class PointBacking {

    @Inject
    SignedInCustomer customer;

    @Inject
    ConsumptionPointService points;

    @Inject
    PointNavigation navigation;

    private PointDetails details;

    public PointDetails getDetails() {
        if (details == null && navigation.getCode() != null) {
            details = points.details(customer.payerId(), navigation.getCode());
        }
        return details;
    }
}
