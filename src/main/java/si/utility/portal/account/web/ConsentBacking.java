package si.utility.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import si.utility.portal.account.security.ReturnUrl;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.account.service.ConsentService;

/** account/consent.xhtml: the GDPR consent (Slika 4) asked before the portal opens. */
@Named
@RequestScoped
public class ConsentBacking {

    @Inject
    ConsentService consents;

    @Inject
    SignedInCustomer customer;

    public int getVersion() {
        return consents.currentVersion();
    }

    public void accept() throws IOException {
        consents.accept(customer.accountId());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(ReturnUrl.takeOrHome((HttpServletRequest) external.getRequest()));
    }

    /** Without consent the portal cannot be used: record the decision, log out and explain. */
    public void decline() throws IOException, ServletException {
        consents.decline(customer.accountId());
        customer.forgetConsent();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        LogoutServlet.endSession((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/account/consent-declined");
    }
}
