package si.utility.portal.contact.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.account.service.Accounts;
import si.utility.portal.contact.domain.ContactForm;
import si.utility.portal.contact.domain.ContactRules;
import si.utility.portal.contact.domain.FloodLimit;
import si.utility.portal.contact.service.ContactService;
import si.utility.portal.contact.service.ContactSettings;
import si.utility.portal.contact.service.SentMessage;
import si.utility.portal.platform.config.CompanyDetails;
import si.utility.portal.platform.security.SecureTokens;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.web.FormMessages;

/** contact/messages.xhtml: "Stik z nami" with the form and "Vaša sporočila". */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "contact";

    @Inject
    SignedInCustomer customer;

    @Inject
    ContactService contact;

    @Inject
    ContactSettings settings;

    @Inject
    Accounts accounts;

    @Inject
    CompanyDetails company;

    /** Identifies this form: every submission of the shown page carries it, so it is sent at most once. */
    private String requestId;
    private String name;
    private String email;
    private String body;
    private transient List<SentMessage> history;

    @PostConstruct
    void prefill() {
        requestId = SecureTokens.newToken();
        PortalAccount account = accounts.findById(customer.accountId()).orElseThrow();
        name = account.getDisplayName();
        email = account.getEmail();
    }

    public void send() throws IOException {
        ContactService.Outcome outcome;
        try {
            outcome = contact.send(customer.accountId(), new ContactForm(name, email, body, requestId));
        } catch (ValidationFailedException e) {
            FormMessages.show(FORM, e.violations());
            return;
        }
        if (outcome == ContactService.Outcome.LIMIT_REACHED) {
            FloodLimit limit = settings.floodLimit();
            FormMessages.globalError("contact.limitReached", limit.messages(), limit.windowHours(),
                    company.getFreePhone());
            return;
        }
        FormMessages.flashInfo("contact.sent");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/contact/messages");
    }

    public List<SentMessage> getHistory() {
        if (history == null) {
            history = contact.history(customer.accountId());
        }
        return history;
    }

    public int getHistorySize() {
        return ContactService.HISTORY_SIZE;
    }

    public String getHistoryLimitedNote() {
        return FormMessages.text("contact.historyLimited", ContactService.HISTORY_SIZE);
    }

    public String getBodyHelp() {
        return FormMessages.text("contact.bodyHelp", ContactRules.MAX_BODY_LENGTH);
    }

    public int getMaxBodyLength() {
        return ContactRules.MAX_BODY_LENGTH;
    }

    public int getMaxNameLength() {
        return ContactRules.MAX_NAME_LENGTH;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
