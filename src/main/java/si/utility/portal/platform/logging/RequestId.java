package si.utility.portal.platform.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names every request in the log: its id, the load balancer's {@code X-Request-Id} (server-config/haproxy/portal.cfg
 * logs the same id) or a new one, is added to the name of the thread that serves the request while it runs, and
 * both servers' log formats, plain and JSON, write the thread's name on every line. The answer carries the id in
 * {@code X-Request-Id}. An id that is not a short token of letters, digits and {@code .-_:} is replaced, so a
 * visitor cannot write into the log through it.
 */
public class RequestId extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = of(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        thread.setName(name + " request " + id);
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setName(name);
        }
    }

    /** The id given, if well formed, or a new one. */
    static String of(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
