package si.utility.portal.testsupport;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server holds, for tests that check a request costs it nothing (test deployment only):
 * {@code GET /test-fixtures/server/sessions-created} counts the HTTP sessions made since the start,
 * {@code GET /test-fixtures/server/heap} the bytes of heap in use after a garbage collection (a figure to report,
 * not to assert: the collector decides).
 */
@WebServlet("/test-fixtures/server/*")
public class ServerStatsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final AtomicLong SESSIONS_CREATED = new AtomicLong();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        switch (String.valueOf(request.getPathInfo())) {
            case "/sessions-created" -> answer = String.valueOf(SESSIONS_CREATED.get());
            case "/heap" -> {
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                answer = String.valueOf(runtime.totalMemory() - runtime.freeMemory());
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    @WebListener
    public static class SessionCounter implements HttpSessionListener {

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            SESSIONS_CREATED.incrementAndGet();
        }
    }
}
