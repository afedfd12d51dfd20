package si.utility.portal.staff.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.OptionalLong;
import si.utility.portal.platform.security.CustomerView;
import si.utility.portal.platform.security.MachineAuthentication;
import si.utility.portal.platform.security.StaffAuthentication;
import si.utility.portal.staff.service.CustomerViews.Viewed;
import si.utility.portal.staff.service.StaffMember;

/**
 * The view of a customer's pages as the staff session holds it: which payer and account, next to the staff
 * account's id. It lasts until the banner's button, the staff log-out or the session's idle expiry; a staff account
 * disabled meanwhile ends it at the next request (StaffLogin). The customer pages are only ever authenticated as
 * the staff member, never as the customer, and {@link CustomerViewFilter} lets nothing through that writes.
 */
@ApplicationScoped
public class StaffCustomerView implements CustomerView {

    static final String SESSION_ATTRIBUTE = "portal.staff.viewing";

    @Override
    public boolean isViewing(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(StaffLogin.SESSION_ATTRIBUTE) instanceof Long
                && session.getAttribute(SESSION_ATTRIBUTE) instanceof Viewed;
    }

    @Override
    public OptionalLong viewedAccount(HttpServletRequest request) {
        return viewing(request).map(viewed -> OptionalLong.of(viewed.accountId())).orElse(OptionalLong.empty());
    }

    /** The view and the staff member of this request on a customer page, if it is in one. */
    public Optional<Viewed> viewing(HttpServletRequest request) {
        if (StaffAuthentication.isStaffRequest(request) || MachineAuthentication.isApiRequest(request)
                || !(request.getAttribute(StaffLogin.MEMBER_ATTRIBUTE) instanceof StaffMember)) {
            return Optional.empty();
        }
        return viewed(request);
    }

    /** The view this session is in, on any page (the back office's end button asks on a staff path). */
    public static Optional<Viewed> viewed(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Viewed viewed
                ? Optional.of(viewed) : Optional.empty();
    }

    /** The customer card the view was started from, saying that the view has ended. */
    public static String endedCardPath(Viewed viewed) {
        return "/staff/customer?id=" + viewed.payerId() + "&viewEnded=true";
    }

    public static void start(HttpServletRequest request, Viewed viewed) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, viewed);
    }

    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }
}
