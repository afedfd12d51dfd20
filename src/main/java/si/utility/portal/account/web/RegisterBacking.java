package si.utility.portal.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import si.utility.portal.account.service.RegistrationForm;
import si.utility.portal.account.service.RegistrationService;
import si.utility.portal.platform.captcha.Captcha;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.web.ClientAddress;
import si.utility.portal.platform.web.FormMessages;

/** account/register.xhtml: the manual's registration form (Slika 2). */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "register";

    @Inject
    RegistrationService registration;

    @Inject
    Captcha captcha;

    private String payerCode;
    private String invoiceNumber;
    private String email;
    private String password;
    private String repeatPassword;
    private String captchaAnswer;
    private boolean termsAccepted;

    public void register() throws IOException {
        RegistrationForm form = new RegistrationForm(payerCode, invoiceNumber, email, password, repeatPassword,
                termsAccepted);
        boolean captchaPassed = captcha.checkAndRenew(captchaAnswer);
        captchaAnswer = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            registration.register(form, captchaPassed,
                    ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()),
                    faces.getViewRoot().getLocale());
        } catch (ValidationFailedException e) {
            FormMessages.show(FORM, e.violations());
            return;
        }
        faces.getExternalContext().getFlash().put("registeredEmail", email.strip());
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/account/registered");
    }

    public String getPayerCode() {
        return payerCode;
    }

    public void setPayerCode(String payerCode) {
        this.payerCode = payerCode;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getCaptchaAnswer() {
        return captchaAnswer;
    }

    public void setCaptchaAnswer(String captchaAnswer) {
        this.captchaAnswer = captchaAnswer;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }
}
