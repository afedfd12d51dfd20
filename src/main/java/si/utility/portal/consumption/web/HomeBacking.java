package si.utility.portal.consumption.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.consumption.service.ConsumptionPointService;
import si.utility.portal.core.domain.PayerPoint;

/** index.xhtml: the landing page with the payer and their consumption points. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    SignedInCustomer customer;

    @Inject
    ConsumptionPointService points;

    private List<PayerPoint> consumptionPoints;

    /** Past points too, marked with their period. */
    public List<PayerPoint> getConsumptionPoints() {
        if (consumptionPoints == null) {
            consumptionPoints = points.findForPayer(customer.payerId());
        }
        return consumptionPoints;
    }
}
