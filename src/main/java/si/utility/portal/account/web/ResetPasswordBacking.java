package si.utility.portal.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import si.utility.portal.account.service.PasswordResetService;
import si.utility.portal.account.service.Tokens;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.web.FormMessages;

/** account/reset-password.xhtml: the target of the reset link, where the new password is chosen. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService passwordReset;

    private String token;
    private Tokens.State state;
    private String password;
    private String repeatPassword;

    public void checkToken() {
        if (state == null) {
            state = passwordReset.checkToken(token);
        }
    }

    public void reset() throws IOException {
        try {
            state = passwordReset.resetPassword(token, password, repeatPassword);
        } catch (ValidationFailedException e) {
            FormMessages.show("reset", e.violations());
            return;
        }
        if (state == Tokens.State.VALID) {
            FormMessages.flashInfo("reset.done");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/account/login");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getState() {
        return state == null ? null : state.name();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
