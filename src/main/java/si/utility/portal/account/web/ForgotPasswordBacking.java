package si.utility.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import si.utility.portal.account.service.PasswordResetService;
import si.utility.portal.platform.captcha.Captcha;
import si.utility.portal.platform.web.FormMessages;

/** account/forgot-password.xhtml: "Pozabljeno geslo". The answer is the same whether the account exists. */
@Named
@ViewScoped
public class ForgotPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService passwordReset;

    @Inject
    Captcha captcha;

    private String login;
    private String captchaAnswer;
    private boolean sent;

    public void requestReset() {
        boolean answered = captcha.checkAndRenew(captchaAnswer);
        captchaAnswer = null;
        if (!answered) {
            FormMessages.error("forgot:captcha", "captcha.wrong");
            return;
        }
        if (login == null || login.isBlank()) {
            FormMessages.error("forgot:login", "forgot.loginRequired");
            return;
        }
        passwordReset.requestReset(login);
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
