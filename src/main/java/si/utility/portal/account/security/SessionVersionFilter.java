package si.utility.portal.account.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import si.utility.portal.platform.security.MachineAuthentication;
import si.utility.portal.platform.web.LoginRedirect;

/**
 * Ends a session once its account's sessions were ended elsewhere: after a password change or a withdrawn
 * consent. The session version is read from the database on every page request, so this holds on every
 * server node and survives restarts; static resources are not checked (they are public anyway).
 */
public class SessionVersionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionVersionFilter.class.getName());
    static final String ENDED_PARAMETER = "ended";

    @Inject
    SignedInCustomer customer;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !isResource(request) && !MachineAuthentication.isApiRequest(request)
                && !customer.isSessionCurrent()) {
            String account = request.getUserPrincipal().getName();
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            LOG.info(() -> "Ended an outdated session of portal account " + account);
            LoginRedirect.send(request, response, request.getContextPath()
                    + PortalAuthenticationMechanism.LOGIN_PATH + "?" + ENDED_PARAMETER + "=true");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
