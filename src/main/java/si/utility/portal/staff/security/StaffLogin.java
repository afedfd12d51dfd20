package si.utility.portal.staff.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.security.StaffAuthentication;
import si.utility.portal.platform.web.ClientAddress;
import si.utility.portal.platform.web.LoginRedirect;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.service.StaffAccounts;
import si.utility.portal.staff.service.StaffMember;
import si.utility.portal.staff.service.StaffSettings;

/**
 * The back office's log-in. The session holds only the staff account's id; every request reads the account
 * again, so disabling an account or changing its role takes effect at the next click, not at the next log-in.
 * The session of a staff member expires after {@code portal.staff.idle-minutes} without a request. A clerk asking
 * for an admin page ({@value #ADMIN_PATH}*) is audited here; the container then refuses it (web.xml).
 */
@ApplicationScoped
public class StaffLogin implements StaffAuthentication {

    public static final String LOGIN_PATH = "/staff/login";
    static final String ADMIN_PATH = "/staff/admin/";
    static final String SESSION_ATTRIBUTE = "portal.staff.id";
    static final String MEMBER_ATTRIBUTE = StaffMember.class.getName();

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffSettings settings;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof StaffCredential) {
            return logIn(request, context, identityStoreHandler.validate(credential));
        }
        Optional<StaffAccount> staff = sessionStaff(request);
        if (staff.isPresent()) {
            StaffMember member = expose(request, staff.get());
            if (isAdminPath(request) && !member.isAdmin()) {
                audit.record(member.actor(), AuditAction.STAFF_ACCESS_REFUSED, pathOf(request));
            }
            return context.notifyContainerAboutLogin(StaffAuthentication.PRINCIPAL_PREFIX + member.staffId(),
                    groups(member));
        }
        if (context.isProtected()) {
            String loginUrl = request.getContextPath() + LOGIN_PATH;
            if (!LoginRedirect.isAjax(request)) {
                return context.redirect(loginUrl);
            }
            LoginRedirect.sendPartialRedirect(response, loginUrl);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            long staffId = Long.parseLong(result.getCallerPrincipal().getName()
                    .substring(StaffAuthentication.PRINCIPAL_PREFIX.length()));
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_ATTRIBUTE, staffId);
            StaffCustomerView.end(request);
            session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
            accounts.findById(staffId).ifPresent(staff -> expose(request, staff));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The staff account of the session, if it may still log in; a disabled one ends the session's log-in. */
    private Optional<StaffAccount> sessionStaff(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Long staffId)) {
            return Optional.empty();
        }
        Optional<StaffAccount> staff = accounts.findById(staffId).filter(StaffAccount::canLogIn);
        if (staff.isEmpty()) {
            session.removeAttribute(SESSION_ATTRIBUTE);
            StaffCustomerView.end(request);
        }
        return staff;
    }

    private static StaffMember expose(HttpServletRequest request, StaffAccount staff) {
        StaffMember member = new StaffMember(staff.getId(), staff.getName(), staff.getRole(),
                ClientAddress.of(request));
        request.setAttribute(MEMBER_ATTRIBUTE, member);
        return member;
    }

    /** Ends the staff log-in of this session (the log-out button). */
    public static void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static Set<String> groups(StaffMember member) {
        return Set.of(StaffIdentityStore.STAFF_GROUP, member.role().group());
    }

    private static boolean isAdminPath(HttpServletRequest request) {
        return pathOf(request).startsWith(ADMIN_PATH);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
