package si.utility.portal.account.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Consumer;
import si.utility.portal.platform.captcha.Captcha;
import si.utility.portal.platform.web.FormMessages;

/**
 * A form that asks for a link by e-mail for a login name (payer code or e-mail address), behind a captcha
 * so nobody can flood a mailbox. The page then says the same whatever the login name was.
 */
abstract class MailedLinkRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Captcha captcha;

    private String login;
    private String captchaAnswer;
    private boolean sent;

    /** Checks the captcha and the login name, then hands the login name to the service that mails the link. */
    protected void submit(String formId, Consumer<String> mailLink) {
        boolean answered = captcha.checkAndRenew(captchaAnswer);
        captchaAnswer = null;
        if (!answered) {
            FormMessages.error(formId + ":captcha", "captcha.wrong");
            return;
        }
        if (login == null || login.isBlank()) {
            FormMessages.error(formId + ":login", "loginName.required");
            return;
        }
        mailLink.accept(login.strip());
        sent = true;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getCaptchaAnswer() {
        return captchaAnswer;
    }

    public void setCaptchaAnswer(String captchaAnswer) {
        this.captchaAnswer = captchaAnswer;
    }

    public boolean isSent() {
        return sent;
    }
}
