package si.utility.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.account.service.ConsentService;

/** profile/withdraw-consent.xhtml: explains that the portal needs the consent, then records the withdrawal. */
@Named
@RequestScoped
public class WithdrawConsentBacking {

    @Inject
    ConsentService consents;

    @Inject
    SignedInCustomer customer;

    public void withdraw() throws IOException, ServletException {
        consents.withdraw(customer.accountId());
        customer.forgetConsent();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        LogoutServlet.endSession((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/account/consent-declined");
    }
}
