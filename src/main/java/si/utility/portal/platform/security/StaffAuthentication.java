package si.utility.portal.platform.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the utility's staff authenticate in the back office ({@value #STAFF_PATH}*): the portal's one
 * authentication mechanism hands every back office request here, and never a customer's. Implemented by the
 * staff feature; the account feature's mechanism knows only this interface.
 */
public interface StaffAuthentication {

    String STAFF_PATH = "/staff/";
    /** A staff member's caller principal is this prefix and the staff account's id; a customer's is a number. */
    String PRINCIPAL_PREFIX = "staff-";

    static boolean isStaffRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(STAFF_PATH) || path.equals(STAFF_PATH.substring(0, STAFF_PATH.length() - 1));
    }

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context);
}
