package si.utility.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import si.utility.portal.account.service.ActivationService;
import si.utility.portal.account.service.Tokens;
import si.utility.portal.platform.web.FormMessages;

/** account/activate.xhtml: the target of the activation link. */
@Named
@RequestScoped
public class ActivateBacking {

    @Inject
    ActivationService activation;

    private String token;
    private Tokens.State state;

    /** On success continues to the login page; otherwise the page explains and offers a new link. */
    public void activate() throws IOException {
        state = activation.activate(token);
        if (state == Tokens.State.VALID) {
            FormMessages.flashInfo("activate.done");
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
}
