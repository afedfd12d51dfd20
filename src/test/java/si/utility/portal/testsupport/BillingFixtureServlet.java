package si.utility.portal.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import si.utility.portal.testsupport.TestData.InvoicedPayer;

/**
 * Test data for the billing browser tests, which run outside the server. Exists only in the test deployment
 * ({@link Deployments}). {@code POST /test-fixtures/billing?months=15&password=...} creates an invoiced payer
 * with a consented account and answers
 * {@code payerCode;name;overdueNumber;notDueNumber;newestNumber,...,oldestNumber}; with {@code &credit=200.00}
 * the payer also has that credit ({@link TestData#addCredit}), whose document number is then a sixth field.
 */
@WebServlet("/test-fixtures/billing")
public class BillingFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TestData testData;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InvoicedPayer payer = testData.newInvoicedAccount(Integer.parseInt(request.getParameter("months")),
                request.getParameter("password"));
        String credit = request.getParameter("credit");
        String creditNumber = credit == null ? "" : testData.addCredit(payer.payerId(), new BigDecimal(credit));
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(String.join(";", payer.payerCode(), payer.name(), payer.overdueNumber(),
                payer.notDueNumber(), String.join(",", payer.invoiceNumbers()), creditNumber));
    }
}
