package si.utility.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.account.service.EmailChangeService;

/**
 * profile/stop-email-change.xhtml: the target of the link mailed to the old address when a change is asked for.
 * Open without logging in: the owner may no longer know the password a thief changed.
 */
@Named
@RequestScoped
public class StopEmailChangeBacking {

    @Inject
    EmailChangeService emailChange;

    private String token;
    private EmailChangeService.Outcome outcome;

    public void stop() {
        outcome = emailChange.stop(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getOutcome() {
        return outcome == null ? null : outcome.name();
    }
}
