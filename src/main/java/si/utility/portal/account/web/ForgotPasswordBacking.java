package si.utility.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.account.service.PasswordResetService;

/** account/forgot-password.xhtml: "Pozabljeno geslo". The answer is the same whether the account exists. */
@Named
@ViewScoped
public class ForgotPasswordBacking extends MailedLinkRequest {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService passwordReset;

    public void requestReset() {
        submit("forgot", passwordReset::requestReset);
    }
}
