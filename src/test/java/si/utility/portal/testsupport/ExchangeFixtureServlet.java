package si.utility.portal.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import si.utility.portal.integration.exchange.FileMode;
import si.utility.portal.integration.exchange.RowResult;

/**
 * Exchange CSV for tests that run outside the server (browser tests). Exists only in the test deployment.
 * {@code POST /test-fixtures/exchange?file=payers&mode=delta} with the CSV text as the body applies it in one
 * transaction ({@link ExchangeFixtures}) and answers a line {@code line;outcome;column;reason} per row.
 */
@WebServlet("/test-fixtures/exchange")
public class ExchangeFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExchangeFixtures exchange;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String mode = request.getParameter("mode");
        String csv = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        StringBuilder answer = new StringBuilder();
        for (RowResult result : exchange.apply(request.getParameter("file"), csv,
                mode == null ? FileMode.DELTA : FileMode.valueOf(mode.toUpperCase(Locale.ROOT)),
                ExchangeFixtures.newBatchId())) {
            answer.append(result.line()).append(';').append(result.outcome()).append(';')
                    .append(result.column() == null ? "" : result.column()).append(';')
                    .append(result.reason() == null ? "" : result.reason()).append('\n');
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.toString());
    }
}
