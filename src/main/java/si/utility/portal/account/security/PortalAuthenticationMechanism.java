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
import si.utility.portal.platform.security.MachineAuthentication;
import si.utility.portal.platform.web.HttpHardening;

/**
 * The application's one authentication mechanism (Jakarta Security allows one): the API ({@code /api/*}) is for
 * machine clients with a key only, every other path for customers only. So a customer's session never reaches
 * the API, and an API key never opens a customer page (the customer side does not read it).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/account/login";

    @Inject
    CustomerLogin customers;

    @Inject
    MachineAuthentication machines;

    @Inject
    HttpHardening hardening;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!admitted(request, response)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return MachineAuthentication.isApiRequest(request)
                ? machines.validateRequest(request, response, context)
                : customers.validateRequest(request, response, context);
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
