package si.utility.portal.staff.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import si.utility.portal.platform.security.StaffAuthentication;
import si.utility.portal.platform.web.ClientAddress;
import si.utility.portal.staff.service.StaffLoginResult;
import si.utility.portal.staff.service.StaffLoginService;

/**
 * Validates staff credentials only ({@link StaffCredential}); a customer's user name and password never reach it
 * (the default {@code validate} answers NOT_VALIDATED for other credential types), and the customers' store
 * never validates a staff credential.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    static final String STAFF_GROUP = "staff";

    @Inject
    StaffLoginService loginService;

    @Inject
    LastStaffLoginResult lastResult;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(StaffCredential credential) {
        StaffLoginResult result = loginService.verify(credential.email(), credential.password(), credential.code(),
                ClientAddress.of(request));
        lastResult.set(result);
        return result.succeeded()
                ? new CredentialValidationResult(StaffAuthentication.PRINCIPAL_PREFIX + result.staffId(),
                        Set.of(STAFF_GROUP, result.role().group()))
                : CredentialValidationResult.INVALID_RESULT;
    }
}
