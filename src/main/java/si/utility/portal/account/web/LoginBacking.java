package si.utility.portal.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import si.utility.portal.account.security.LastLoginResult;
import si.utility.portal.account.security.ReturnUrl;
import si.utility.portal.account.service.LoginResult;
import si.utility.portal.account.service.LoginService;
import si.utility.portal.platform.captcha.Captcha;
import si.utility.portal.platform.config.CompanyDetails;
import si.utility.portal.platform.security.FormAuthentication;
import si.utility.portal.platform.web.ClientAddress;
import si.utility.portal.platform.web.FormMessages;

/** account/login.xhtml: log-in with payer code or e-mail and password. */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "login";

    @Inject
    FormAuthentication authentication;

    @Inject
    LoginService loginService;

    @Inject
    LastLoginResult lastResult;

    @Inject
    Captcha captcha;

    @Inject
    CompanyDetails company;

    private String login;
    private String password;
    private String captchaAnswer;
    private boolean captchaShown;
    private boolean notActivated;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        notActivated = false;
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (loginService.captchaRequired(login, ClientAddress.of(request))) {
            boolean answered = captchaShown && captcha.checkAndRenew(captchaAnswer);
            captchaShown = true;
            captchaAnswer = null;
            if (!answered) {
                FormMessages.error(FORM + ":captcha", "captcha.wrong");
                return;
            }
        }
        AuthenticationStatus status = authentication.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                new UsernamePasswordCredential(nonNull(login), new Password(nonNull(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            external.redirect(ReturnUrl.takeOrHome(request));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            explain(lastResult.get(), request);
        }
    }

    /** Faces hands over an empty field as null; the credential refuses null, the log-in just says "invalid". */
    private static String nonNull(String typed) {
        return typed == null ? "" : typed;
    }

    private void explain(LoginResult result, HttpServletRequest request) {
        if (result == null) {
            FormMessages.globalError("login.invalid");
            return;
        }
        switch (result.outcome()) {
            case THROTTLED -> FormMessages.globalError("login.throttled", result.retryAfter().toSeconds() + 1);
            case NOT_ACTIVATED -> {
                notActivated = true;
                FormMessages.globalError("login.notActivated");
            }
            case BLOCKED -> FormMessages.globalError("login.blocked", company.getFreePhone());
            default -> FormMessages.globalError("login.invalid");
        }
        captchaShown = loginService.captchaRequired(login, ClientAddress.of(request));
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCaptchaAnswer() {
        return captchaAnswer;
    }

    public void setCaptchaAnswer(String captchaAnswer) {
        this.captchaAnswer = captchaAnswer;
    }

    public boolean isCaptchaShown() {
        return captchaShown;
    }

    public boolean isNotActivated() {
        return notActivated;
    }
}
