package si.utility.portal.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.security.BearerSecret;

/**
 * {@code GET /metrics}: the node's metrics in Prometheus' text format, for a scraper that sends
 * {@code Authorization: Bearer <token>}, the token's SHA-256 (hex) configured as {@code portal.metrics.token-sha256}.
 * Without that setting there is no such URL (404); a wrong token gets 401. The load balancer keeps the path from
 * visitors as well (server-config/haproxy/portal.cfg).
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsServlet.class.getName());
    static final String TOKEN_SETTING = "portal.metrics.token-sha256";

    @Inject
    transient Metrics metrics;

    @Inject
    /** Optional: an empty value is "not set" to WildFly's SmallRye Config, which would refuse a plain String. */
    @ConfigProperty(name = TOKEN_SETTING)
    transient Optional<String> tokenHash;

    private transient Optional<BearerSecret> token;

    @Override
    public void init() {
        token = BearerSecret.of(TOKEN_SETTING, tokenHash);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (token.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!token.get().isSentWith(request)) {
            LOG.warning("Metrics refused: wrong or missing token");
            response.setHeader("WWW-Authenticate", "Bearer realm=\"portal-metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
