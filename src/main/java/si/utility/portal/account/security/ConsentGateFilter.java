package si.utility.portal.account.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import si.utility.portal.platform.security.MachineAuthentication;
import si.utility.portal.platform.security.StaffAuthentication;

/**
 * Until the logged-in customer has accepted the current version of the GDPR consent text, every portal
 * page leads to the consent page.
 */
public class ConsentGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String CONSENT_PATH = "/account/consent";
    private static final Set<String> OPEN_PATHS = Set.of(CONSENT_PATH, "/account/consent-declined", "/terms",
            "/accessibility", "/error", "/account/logout", "/language");
    private static final Set<String> OPEN_PREFIXES = Set.of("/jakarta.faces.resource/", "/resources/",
            "/captcha/");

    @Inject
    SignedInCustomer customer;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The API's principals are integration clients and the back office's are staff, never customers. A clerk's
        // view of a customer's pages is not the customer using the portal (and the consent page is not read-only).
        if (request.getUserPrincipal() != null && !isOpen(request) && !MachineAuthentication.isApiRequest(request)
                && !StaffAuthentication.isStaffRequest(request) && !customer.isViewedByStaff()
                && !customer.hasConsented()) {
            response.sendRedirect(request.getContextPath() + CONSENT_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
