package si.utility.portal.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import si.utility.portal.account.security.PortalAuthenticationMechanism;

/**
 * The logout button of the page header: a POST to this fixed URL that ends the session. Not a Faces action of
 * the page, so it works on error pages too (whose action would be under /WEB-INF and answer 404).
 */
@WebServlet(LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/account/logout";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        endSession(request);
        // The login page confirms the logout (login.loggedOut), so the customer knows it worked.
        response.sendRedirect(request.getContextPath() + PortalAuthenticationMechanism.LOGIN_PATH + "?loggedOut=true");
    }

    /** Logs out and drops everything the session held, also for callers that redirect elsewhere. */
    static void endSession(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
