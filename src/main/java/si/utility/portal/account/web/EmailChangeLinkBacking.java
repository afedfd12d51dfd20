package si.utility.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.account.service.EmailChangeService;

/**
 * The two links an e-mail change mails, both open without logging in: profile/confirm-email.xhtml, mailed to the
 * new address (the token alone proves the mailbox, and the change was asked for with the password), and
 * profile/stop-email-change.xhtml, mailed to the old address (the owner may no longer know the password a thief
 * changed).
 */
@Named
@RequestScoped
public class EmailChangeLinkBacking {

    @Inject
    EmailChangeService emailChange;

    private String token;
    private EmailChangeService.Outcome outcome;

    public void confirm() {
        outcome = emailChange.confirm(token);
    }

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
