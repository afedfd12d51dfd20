package si.utility.portal.billing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.billing.service.InvoiceService;
import si.utility.portal.platform.web.Downloads;

/**
 * /billing/invoice-pdf?number=...: the invoice as a PDF download. Protected like every page (web.xml); another
 * payer's number answers 404, the same as a number that does not exist.
 */
@WebServlet("/billing/invoice-pdf")
public class InvoicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignedInCustomer customer;

    @Inject
    transient InvoiceService invoices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        Optional<byte[]> pdf = invoices.pdf(customer.payerId(), number);
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, "application/pdf", "racun-" + number + ".pdf", pdf.get());
    }
}
