package si.utility.portal.consumption.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.consumption.service.PriceListService;
import si.utility.portal.consumption.service.PriceListService.PriceList;

/** consumption/prices.xhtml: Cenik, the chosen point's services first, then the rest. */
@Named
@RequestScoped
public class PricesBacking {

    @Inject
    SignedInCustomer customer;

    @Inject
    PriceListService prices;

    @Inject
    PointNavigation navigation;

    private PriceList priceList;

    public PriceList getPriceList() {
        if (priceList == null && navigation.getCode() != null) {
            priceList = prices.prices(customer.payerId(), navigation.getCode());
        }
        return priceList;
    }
}
