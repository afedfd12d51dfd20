package si.utility.portal.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The security headers of every response, and the requests no page may answer. Called first by
 * {@link HttpHardeningFilter} and, for the responses the login mechanism makes before any filter runs (the
 * redirect to the login page), by that mechanism.
 */
@Named
@ApplicationScoped
public class HttpHardening {

    private static final Logger LOG = Logger.getLogger(HttpHardening.class.getName());

    @Inject
    PublicBaseUrl baseUrl;

    private boolean https;

    @PostConstruct
    void init() {
        https = baseUrl.isHttps();
    }

    /** Sets the headers; answers a refused request itself. @return whether the request may go on */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        addHeaders(request, response);
        if (!SecurityHeaders.isAllowedMethod(request.getMethod())) {
            response.setHeader("Allow", SecurityHeaders.ALLOW);
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return false;
        }
        if (SecurityHeaders.carriesSessionId(request.getRequestURI()) || request.isRequestedSessionIdFromURL()) {
            LOG.info("Refused a request with a session id in its URL");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("400 Bad Request: session ids are not accepted in URLs.\n");
            return false;
        }
        return true;
    }

    /** For primefaces.CSP_POLICY (web.xml), which appends its nonce. */
    public String getContentSecurityPolicy() {
        return SecurityHeaders.CONTENT_SECURITY_POLICY;
    }

    /** Idempotent: each header is set, never added, so a second call (error dispatch, mechanism) changes nothing. */
    public void addHeaders(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean personal = request.getUserPrincipal() != null && !SecurityHeaders.isStaticResource(path);
        SecurityHeaders.forResponse(https, personal).forEach(response::setHeader);
    }
}
