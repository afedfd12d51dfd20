package si.utility.portal.billing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.billing.service.BillingCsv;
import si.utility.portal.billing.service.BillingFormats;
import si.utility.portal.billing.service.InvoiceFilter;
import si.utility.portal.billing.service.InvoiceService;
import si.utility.portal.billing.service.InvoiceSort;
import si.utility.portal.billing.service.OpenItemService;
import si.utility.portal.platform.web.Downloads;

/**
 * CSV exports for Slovenian Excel: /billing/invoices-csv?year=...&amp;point=... (the invoice list as filtered)
 * and /billing/open-items-csv. Column titles are Slovenian, like the number and date formats of the file.
 */
@WebServlet({BillingCsvServlet.INVOICES, BillingCsvServlet.OPEN_ITEMS})
public class BillingCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String INVOICES = "/billing/invoices-csv";
    static final String OPEN_ITEMS = "/billing/open-items-csv";
    private static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    transient SignedInCustomer customer;

    @Inject
    transient InvoiceService invoices;

    @Inject
    transient OpenItemService openItems;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long payerId = customer.payerId();
        ResourceBundle bundle = ResourceBundle.getBundle("si.utility.portal.i18n.messages", BillingFormats.SLOVENIAN);
        Function<String, String> headings = key -> bundle.getString("billing.csv." + key);
        if (INVOICES.equals(request.getServletPath())) {
            InvoiceFilter filter;
            try {
                filter = new InvoiceFilter(number(request, "year", Integer::valueOf),
                        number(request, "point", Long::valueOf));
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Downloads.send(response, CSV, "racuni.csv", BillingCsv.invoices(
                    invoices.find(payerId, filter, InvoiceSort.NEWEST_FIRST, 0, 0), headings));
        } else {
            Downloads.send(response, CSV, "odprte-postavke.csv",
                    BillingCsv.openItems(openItems.overview(payerId).items(), headings));
        }
    }

    private static <T> T number(HttpServletRequest request, String name, Function<String, T> parse) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : parse.apply(value.strip());
    }
}
