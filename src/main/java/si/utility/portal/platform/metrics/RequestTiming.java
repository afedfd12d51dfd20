package si.utility.portal.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The time of every request, by page ({@code portal.http.requests}, tags {@code page} and {@code status} such as
 * {@code 2xx}), with latency buckets ({@link Metrics#LATENCY_BUCKETS}). A page is one of the portal's own (its Facelets files, found at start); everything else counts as
 * {@code resource}, {@code api} or {@code other}, so that a visitor who asks for made-up URLs adds no series.
 */
@WebFilter(filterName = "RequestTiming", urlPatterns = "/*")
public class RequestTiming extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NAME = "portal.http.requests";
    private static final String FACELETS = ".xhtml";

    @Inject
    transient Metrics metrics;

    private final Set<String> pages = new HashSet<>();

    @Override
    public void init(FilterConfig config) {
        collectPages(config.getServletContext(), "/");
    }

    private void collectPages(ServletContext context, String folder) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                collectPages(context, path);
            } else if (path.endsWith(FACELETS)) {
                pages.add(path.substring(0, path.length() - FACELETS.length()));
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            metrics.latency(NAME, Duration.ofNanos(System.nanoTime() - start),
                    "page", page(pages, request.getRequestURI().substring(request.getContextPath().length())),
                    "status", response.getStatus() / 100 + "xx");
        }
    }

    /** The tag of a request's path (below the context root): one of {@code pages}, or a group. */
    static String page(Set<String> pages, String path) {
        String page = path.endsWith(FACELETS) ? path.substring(0, path.length() - FACELETS.length()) : path;
        if (page.equals("/") || page.isEmpty()) {
            return "/index";
        }
        if (page.endsWith("/") && pages.contains(page + "index")) {
            return page + "index";
        }
        if (pages.contains(page)) {
            return page;
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "resource";
        }
        return path.startsWith("/api/") ? "api" : "other";
    }
}
