package si.utility.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import si.utility.portal.account.domain.ProfileRules;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.account.service.Accounts;
import si.utility.portal.account.service.ConsentHistoryEntry;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.account.service.EmailChangeService;
import si.utility.portal.account.service.ProfileService;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.web.FormMessages;

/**
 * profile/my-profile.xhtml: "Moj profil" with its three sections (display name, e-mail address, password), one
 * open at a time as in the manual, and the GDPR self-service.
 */
@Named
@ViewScoped
public class MyProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/profile/my-profile";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String PASSWORD = "password";
    private static final Set<String> SECTIONS = Set.of(NAME, EMAIL, PASSWORD);

    @Inject
    SignedInCustomer customer;

    @Inject
    ProfileService profile;

    @Inject
    EmailChangeService emailChange;

    @Inject
    ConsentService consents;

    @Inject
    Accounts accounts;

    /** The open section; the manual opens "Zamenjava gesla". */
    private String open = PASSWORD;
    private String displayName;
    /** The account's version when the page was shown: saving over someone else's change is refused. */
    private long accountVersion;
    private String currentEmail;
    private String newEmail;
    private String emailPassword;
    private String currentPassword;
    private String newPassword;
    private String repeatNewPassword;
    private transient List<ConsentHistoryEntry> consentHistory;

    @PostConstruct
    void load() {
        accounts.findById(customer.accountId()).ifPresent(account -> {
            displayName = account.getDisplayName();
            accountVersion = account.getVersion();
            currentEmail = account.getEmail();
        });
    }

    public void changeDisplayName() throws IOException {
        open = NAME;
        try {
            customer.displayNameChanged(profile.changeDisplayName(customer.accountId(), accountVersion,
                    displayName));
        } catch (ValidationFailedException e) {
            FormMessages.show(NAME, e.violations());
            return;
        }
        done("profile.displayNameChanged", NAME);
    }

    public void requestEmailChange() throws IOException {
        open = EMAIL;
        try {
            emailChange.requestChange(customer.accountId(), emailPassword, newEmail);
        } catch (ValidationFailedException e) {
            emailPassword = null;
            FormMessages.show(EMAIL, e.violations());
            return;
        }
        done("profile.emailLinkSent", EMAIL);
    }

    public void changePassword() throws IOException {
        open = PASSWORD;
        try {
            customer.continueAfterPasswordChange(profile.changePassword(customer.accountId(), currentPassword,
                    newPassword, repeatNewPassword));
        } catch (ValidationFailedException e) {
            FormMessages.show(PASSWORD, e.violations());
            return;
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatNewPassword = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // A new session id too: whoever knew the old one is out like every other session.
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        done("profile.passwordChanged", PASSWORD);
    }

    /** Post-redirect-get, so reloading the page does not send the form again. */
    private static void done(String messageKey, String section) throws IOException {
        FormMessages.flashInfo(messageKey);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PAGE + "?open=" + section);
    }

    public boolean isOpen(String section) {
        return section.equals(open);
    }

    /** Where a section's heading leads: the page with that section open, or all closed when it is open. */
    public String toggleUrl(String section) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PAGE
                + "?open=" + (isOpen(section) ? "none" : section);
    }

    public String getOpen() {
        return open;
    }

    public void setOpen(String open) {
        this.open = open != null && SECTIONS.contains(open) ? open : "none";
    }

    public List<ConsentHistoryEntry> getConsentHistory() {
        if (consentHistory == null) {
            consentHistory = consents.history(customer.accountId());
        }
        return consentHistory;
    }

    public int getMaxDisplayNameLength() {
        return ProfileRules.MAX_DISPLAY_NAME_LENGTH;
    }

    public String getCurrentEmail() {
        return currentEmail;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatNewPassword() {
        return repeatNewPassword;
    }

    public void setRepeatNewPassword(String repeatNewPassword) {
        this.repeatNewPassword = repeatNewPassword;
    }
}
