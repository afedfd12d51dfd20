package si.utility.portal.platform.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How machine clients authenticate at the API ({@value #API_PATH}*): the portal's one authentication mechanism
 * hands every API request here and never looks at a customer session for it. Implemented by the integration
 * feature (API keys); the account feature's mechanism knows only this interface.
 */
public interface MachineAuthentication {

    String API_PATH = "/api/";

    static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PATH) || path.equals(API_PATH.substring(0, API_PATH.length() - 1));
    }

    /** Authenticates the request without a session, or answers it (401, 429) and returns SEND_FAILURE. */
    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context);
}
