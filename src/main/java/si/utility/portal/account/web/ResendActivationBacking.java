package si.utility.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import si.utility.portal.account.service.ActivationService;
import si.utility.portal.platform.captcha.Captcha;
import si.utility.portal.platform.web.FormMessages;

/** account/resend-activation.xhtml: a new activation link for an account that has not been activated. */
@Named
@ViewScoped
public class ResendActivationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ActivationService activation;

    @Inject
    Captcha captcha;

    private String login;
    private String captchaAnswer;
    private boolean sent;

    public void resend() {
        boolean answered = captcha.checkAndRenew(captchaAnswer);
        captchaAnswer = null;
        if (!answered) {
            FormMessages.error("resend:captcha", "captcha.wrong");
            return;
        }
        activation.resendActivation(login);
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
