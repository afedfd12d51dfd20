package si.utility.portal.staff.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import si.utility.portal.staff.service.StaffMember;

/**
 * The one place that answers "which staff member is this request": what {@link StaffLogin} read from the
 * database for it. Pages and services of the back office take {@link #member()}.
 */
@Named
@RequestScoped
public class SignedInStaff {

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getAttribute(StaffLogin.MEMBER_ATTRIBUTE) instanceof StaffMember;
    }

    public StaffMember member() {
        if (request.getAttribute(StaffLogin.MEMBER_ATTRIBUTE) instanceof StaffMember member) {
            return member;
        }
        throw new IllegalStateException("No staff member is logged in");
    }

    public String getName() {
        return isSignedIn() ? member().name() : null;
    }

    public boolean isAdmin() {
        return isSignedIn() && member().isAdmin();
    }
}
