package si.utility.portal.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for the per-address limits (login, registration). It is the connection's
 * remote address only: {@code X-Forwarded-For} is never read, since any client can send it. Behind a reverse
 * proxy, let the application server take the client address from the proxy (Payara's and WildFly's proxy
 * settings), so that the remote address is the client's again.
 */
public final class ClientAddress {

    /** IPv6 text form with zone is at most 45 characters; anything longer is not an address. */
    private static final int MAX_LENGTH = 45;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        if (address == null || address.isEmpty()) {
            return "unknown";
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
