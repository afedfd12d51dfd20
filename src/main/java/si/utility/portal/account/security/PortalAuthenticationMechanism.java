package si.utility.portal.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import si.utility.portal.platform.security.CustomerView;
import si.utility.portal.platform.security.MachineAuthentication;
import si.utility.portal.platform.security.StaffAuthentication;
import si.utility.portal.platform.web.HttpHardening;

/**
 * The application's one authentication mechanism (Jakarta Security allows one), with one mechanism per area: the
 * API ({@code /api/*}) is for machine clients with a key only, the back office ({@code /staff/*}) for staff only,
 * every other path for customers only. So a customer's session never reaches the API or the back office (where it
 * sees 404: nothing tells it the back office exists), and an API key never opens a page. The one exception: a staff
 * session in a view of a customer's pages (started in the back office, see {@link CustomerView}) is authenticated
 * there as its staff member, never as the customer.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/account/login";

    @Inject
    CustomerLogin customers;

    @Inject
    MachineAuthentication machines;

    @Inject
    StaffAuthentication staff;

    @Inject
    CustomerView customerView;

    @Inject
    HttpHardening hardening;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!admitted(request, response)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (MachineAuthentication.isApiRequest(request)) {
            return machines.validateRequest(request, response, context);
        }
        if (StaffAuthentication.isStaffRequest(request)) {
            return isCustomer(request.getUserPrincipal())
                    ? notFound(response)
                    : staff.validateRequest(request, response, context);
        }
        if (customerView.isViewing(request)) {
            return staff.validateRequest(request, response, context);
        }
        return customers.validateRequest(request, response, context);
    }

    private static boolean isCustomer(Principal principal) {
        return principal != null && !principal.getName().startsWith(StaffAuthentication.PRINCIPAL_PREFIX);
    }

    private static AuthenticationStatus notFound(HttpServletResponse response) {
        try {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This runs before any filter, so the responses made here (the redirect to login) get the headers here. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) {
        try {
            return hardening.admit(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
