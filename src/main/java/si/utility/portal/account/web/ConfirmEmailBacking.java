package si.utility.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.account.service.EmailChangeService;

/**
 * profile/confirm-email.xhtml: the target of the link mailed to a new address. Open without logging in, like
 * the activation link: the token alone proves the mailbox, and the change was asked for with the password.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    EmailChangeService emailChange;

    private String token;
    private EmailChangeService.Outcome outcome;

    public void confirm() {
        outcome = emailChange.confirm(token);
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
