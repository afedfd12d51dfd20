package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.ClientAddress;

/**
 * Checks the current password that profile changes ask for. It goes through the log-in check, so guesses in
 * a stolen session are counted and slowed down exactly like guesses at the login page.
 */
@ApplicationScoped
public class CurrentPassword {

    public static final String FIELD = "currentPassword";

    @Inject
    LoginService loginService;

    @Inject
    HttpServletRequest request;

    public Violations check(PortalAccount account, String password) {
        Violations violations = new Violations();
        if (password == null || password.isEmpty()) {
            return violations.add(FIELD, "profile.currentPasswordRequired");
        }
        LoginResult result = loginService.verify(account.getPayer().getCode(), password,
                ClientAddress.of(request));
        if (result.outcome() == LoginResult.Outcome.THROTTLED) {
            violations.add(FIELD, "profile.currentPasswordThrottled");
        } else if (!result.succeeded()) {
            violations.add(FIELD, "profile.currentPasswordWrong");
        }
        return violations;
    }
}
