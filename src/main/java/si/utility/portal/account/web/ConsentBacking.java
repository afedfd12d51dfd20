package si.utility.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import si.utility.portal.account.domain.ConsentText;
import si.utility.portal.account.domain.ConsentTextRules;
import si.utility.portal.account.security.ReturnUrl;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.account.service.ConsentTexts;

/** account/consent.xhtml: the GDPR consent (Slika 4) asked before the portal opens, in its current version. */
@Named
@RequestScoped
public class ConsentBacking {

    @Inject
    ConsentService consents;

    @Inject
    ConsentTexts texts;

    @Inject
    SignedInCustomer customer;

    /** The version the page showed, posted back with the answer; absent (a scripted post) means the current one. */
    private Integer shownVersion;
    private ConsentText current;

    public int getVersion() {
        return current().getNumber();
    }

    /** The current text in the page's language, a paragraph each. */
    public List<String> getParagraphs() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return ConsentTextRules.paragraphs(current().text(language));
    }

    public Integer getShownVersion() {
        return shownVersion == null ? getVersion() : shownVersion;
    }

    public void setShownVersion(Integer shownVersion) {
        this.shownVersion = shownVersion;
    }

    /** A version published while the page was open is not accepted unread: the page shows the new text. */
    public void accept() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!consents.accept(customer.accountId(), getShownVersion())) {
            external.redirect(external.getRequestContextPath() + "/account/consent");
            return;
        }
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

    private ConsentText current() {
        if (current == null) {
            current = texts.current();
        }
        return current;
    }
}
