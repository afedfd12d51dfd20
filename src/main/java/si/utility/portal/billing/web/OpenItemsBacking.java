package si.utility.portal.billing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.billing.service.OpenItemRow;
import si.utility.portal.billing.service.OpenItemService;
import si.utility.portal.billing.service.OpenItemsOverview;

/** billing/open-items.xhtml: the open items, the balance and the UPN QR codes that pay them. */
@Named
@RequestScoped
public class OpenItemsBacking {

    @Inject
    SignedInCustomer customer;

    @Inject
    OpenItemService openItems;

    @Inject
    QrImages qrImages;

    private OpenItemsOverview overview;

    public OpenItemsOverview getOverview() {
        if (overview == null) {
            overview = openItems.overview(customer.payerId());
        }
        return overview;
    }

    /** One class per row, so overdue items stand out (h:dataTable cycles through the list). */
    public String getRowClasses() {
        return getOverview().items().stream().map(item -> item.isOverdue() ? "overdue" : "not-due")
                .collect(Collectors.joining(","));
    }

    /** The credit as the page's currency converter would show it, for the sentence that states it. */
    public String getCredit() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(getOverview().balance().credit());
    }

    public String qrCode(UpnQrPayload payment) {
        return qrImages.dataUri(payment);
    }

    /** A row's code as a link of its own: the page stays small however many items are open. */
    public String qrUrl(OpenItemRow item) {
        return OpenItemQrServlet.url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                item);
    }
}
