package si.utility.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements one page request makes, for tests that pin a page's queries (an N+1 shows as a count
 * that grows with the data). EclipseLink announces every statement it sends to the database as a session event
 * ({@code preExecuteCall}); the listener counts it for the request thread if that request carries the cookie
 * {@value #COOKIE}. {@code GET /test-fixtures/sql-count?token=...} answers the count of the latest page request
 * (static resources are not counted) with that cookie, and {@code &list=true} its statements' SQL, one a line, a
 * statement's own line breaks kept (to find which statement a page repeats). Exists only in the test deployment.
 */
public final class SqlStatementCounter {

    public static final String COOKIE = "test-sql-count";

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final Map<String, List<String>> LATEST = new ConcurrentHashMap<>();

    private SqlStatementCounter() {
    }

    /** Registers the listener with the persistence unit's session when the application starts. */
    @ApplicationScoped
    public static class Registration {

        @PersistenceUnit(unitName = "portal")
        EntityManagerFactory emf;

        void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
            emf.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    List<String> statements = CURRENT.get();
                    if (statements != null) {
                        statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString()
                                : String.valueOf(event.getCall()));
                    }
                }
            });
        }
    }

    @WebFilter("/*")
    public static class CountingFilter extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String token = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                    .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst().orElse(null);
            if (token == null || request.getRequestURI().contains("jakarta.faces.resource")
                    || request.getRequestURI().contains("/test-fixtures/")) {
                chain.doFilter(request, response);
                return;
            }
            List<String> statements = new ArrayList<>();
            CURRENT.set(statements);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                LATEST.put(token, statements);
            }
        }
    }

    @WebServlet("/test-fixtures/sql-count")
    public static class CountServlet extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            List<String> statements = LATEST.get(String.valueOf(request.getParameter("token")));
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(statements == null ? "none"
                    : "true".equals(request.getParameter("list")) ? String.join("\n", statements)
                    : String.valueOf(statements.size()));
        }
    }
}
