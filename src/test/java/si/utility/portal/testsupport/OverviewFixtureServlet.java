package si.utility.portal.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import si.utility.portal.testsupport.OverviewData.OverviewCustomer;

/**
 * The landing page's test data ({@link OverviewData}), for browser tests; only in the test deployment.
 * {@code POST /test-fixtures/overview?password=...} answers
 * {@code payerCode;openTotal;overdue;nextDue;newest numbers (comma);their gross (comma);meteredPoint;
 * unmeteredPoint;lastReading;lastReadingDate;message}; {@code POST /test-fixtures/overview-more?payerCode=...}
 * adds more rows of every kind.
 */
@WebServlet({"/test-fixtures/overview", "/test-fixtures/overview-more"})
public class OverviewFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OverviewData data;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        if (request.getServletPath().endsWith("-more")) {
            data.addMore(request.getParameter("payerCode"));
            answer = "ok";
        } else {
            OverviewCustomer c = data.newOverviewCustomer(request.getParameter("password"));
            answer = String.join(";", c.payerCode(), c.openTotal().toPlainString(), c.overdue().toPlainString(),
                    c.nextDue().toString(), String.join(",", c.newestNumbers()),
                    c.newestGross().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")),
                    c.meteredPoint(), c.unmeteredPoint(), c.lastReading().toPlainString(),
                    c.lastReadingDate().toString(), c.message());
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer);
    }
}
