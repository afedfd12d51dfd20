package si.utility.portal.staff.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import si.utility.portal.platform.config.CompanyDetails;
import si.utility.portal.platform.format.QrCodePng;
import si.utility.portal.platform.security.FormAuthentication;
import si.utility.portal.platform.web.ClientAddress;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.LastStaffLoginResult;
import si.utility.portal.staff.security.StaffCredential;
import si.utility.portal.staff.service.StaffLoginResult;
import si.utility.portal.staff.service.StaffSetup;
import si.utility.portal.staff.service.TotpCodes;

/**
 * staff/login.xhtml: e-mail, password and the authenticator app's code. At the first log-in (no app enrolled) the
 * right password shows the QR code of a new secret; the password again with the app's first code completes the
 * enrolment and logs in.
 */
@Named
@ViewScoped
public class StaffLoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "login";
    private static final int QR_SCALE = 4;

    @Inject
    FormAuthentication authentication;

    @Inject
    LastStaffLoginResult lastResult;

    @Inject
    StaffSetup setup;

    @Inject
    CompanyDetails company;

    private String email;
    private String password;
    private String code;
    private String enrolmentSecret;
    private StaffSetup.Bootstrap bootstrap;

    public void open() {
        String address = ClientAddress.of(request());
        try {
            bootstrap = setup.bootstrap(address);
        } catch (PersistenceException | TransactionalException concurrentFirstVisit) {
            // Two first visits made the bootstrap admin at once; its unique e-mail kept one: ask again.
            bootstrap = setup.bootstrap(address);
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        AuthenticationStatus status = authentication.authenticate(request,
                (HttpServletResponse) external.getResponse(), new StaffCredential(email, password, code));
        password = null;
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + "/staff/");
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            explain(lastResult.get());
        }
    }

    private void explain(StaffLoginResult result) {
        if (result == null) {
            FormMessages.globalError("staff.login.invalid");
            return;
        }
        switch (result.outcome()) {
            case THROTTLED -> FormMessages.globalError("login.throttled", result.retryAfter().toSeconds() + 1);
            case ENROLMENT_NEEDED -> {
                if (enrolmentSecret != null) {
                    FormMessages.error(FORM + ":code", "staff.login.enrolCodeWrong");
                }
                enrolmentSecret = result.enrolmentSecret();
            }
            default -> FormMessages.globalError("staff.login.invalid");
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isEnrolling() {
        return enrolmentSecret != null;
    }

    public String getEnrolmentQr() {
        return enrolmentSecret == null ? null : QrCodePng.dataUri(
                TotpCodes.enrolmentUri(company.getShortName() + " Portal", email.strip(), enrolmentSecret), QR_SCALE);
    }

    /** The secret in groups of four, for typing it into an app instead of scanning. */
    public String getEnrolmentSecretText() {
        return enrolmentSecret == null ? null : enrolmentSecret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getBootstrap() {
        return bootstrap == null ? null : bootstrap.name();
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
