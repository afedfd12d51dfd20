package si.utility.portal.staff.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.ClientAddress;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.StaffLogin;
import si.utility.portal.staff.service.StaffSetup;

/** staff/setup.xhtml: the target of a staff setup link, where the staff member chooses a password. */
@Named
@ViewScoped
public class StaffSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "setup";

    @Inject
    StaffSetup setup;

    private String token;
    private Boolean linkValid;
    private String password;
    private String repeat;

    public void open() {
        if (linkValid == null) {
            linkValid = setup.isUsableLink(token);
        }
    }

    public void submit() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Violations violations = setup.setPassword(token, password, repeat,
                ClientAddress.of((HttpServletRequest) external.getRequest()));
        password = null;
        repeat = null;
        if (violations.has("token")) {
            linkValid = false;
            return;
        }
        if (!violations.isEmpty()) {
            FormMessages.show(FORM, violations);
            return;
        }
        FormMessages.flashInfo("staff.setup.done");
        external.redirect(external.getRequestContextPath() + StaffLogin.LOGIN_PATH);
    }

    public boolean isLinkValid() {
        return Boolean.TRUE.equals(linkValid);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
