package si.utility.portal.account.security;

import jakarta.enterprise.context.RequestScoped;
import si.utility.portal.account.service.LoginResult;

/**
 * Carries the detailed outcome of a log-in from the identity store (which can only answer valid or
 * invalid) to the login page, which explains throttling and missing activation.
 */
@RequestScoped
public class LastLoginResult {

    private LoginResult result;

    void set(LoginResult result) {
        this.result = result;
    }

    public LoginResult get() {
        return result;
    }
}
