package si.utility.portal.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.security.StaffLogin;

/** The back office's log-out button: a POST that ends the staff session. */
@WebServlet(StaffLogoutServlet.PATH)
public class StaffLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/staff/logout";

    @Inject
    transient SignedInStaff staff;

    @Inject
    transient AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (staff.isSignedIn()) {
            audit.record(staff.member().actor(), AuditAction.STAFF_LOGOUT, null);
        }
        StaffLogin.logOut(request);
        response.sendRedirect(request.getContextPath() + StaffLogin.LOGIN_PATH + "?loggedOut=true");
    }
}
