package si.utility.portal.account.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.service.Accounts;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.core.domain.Payer;

/**
 * The one place that answers "who is logged in": the account and its payer. Services that return
 * customer data take {@link #payerId()} as a parameter, so no query can forget whose data it reads.
 */
@Named
@SessionScoped
public class SignedInCustomer implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Asked for the caller rather than SecurityContext: for a visitor who has not logged in, WildFly's
     * SecurityContext answers an "anonymous" principal where the servlet request answers null on every server.
     */
    @Inject
    HttpServletRequest request;

    @Inject
    Accounts accounts;

    @Inject
    ConsentService consents;

    private Long accountId;
    private long payerId;
    private String payerCode;
    private String payerName;
    private String displayName;
    private boolean consented;
    private int consentedVersion;
    /** The account's session version when this session logged in; a different stored one ends the session. */
    private int sessionVersion;

    public boolean isSignedIn() {
        return load();
    }

    public long accountId() {
        requireSignedIn();
        return accountId;
    }

    public long payerId() {
        requireSignedIn();
        return payerId;
    }

    public String getPayerCode() {
        return load() ? payerCode : null;
    }

    public String getPayerName() {
        return load() ? payerName : null;
    }

    public String getDisplayName() {
        return load() ? displayName : null;
    }

    /** Asks the database until the answer is yes; the session remembers it while that text version is current. */
    public boolean hasConsented() {
        if (!load()) {
            return false;
        }
        int currentVersion = consents.currentVersion();
        if (!consented || consentedVersion != currentVersion) {
            consented = consents.hasConsented(accountId, currentVersion);
            consentedVersion = currentVersion;
        }
        return consented;
    }

    /** False once the account's sessions were ended elsewhere (password changed, consent withdrawn). */
    public boolean isSessionCurrent() {
        return !load() || accounts.sessionVersion(accountId).map(stored -> stored == sessionVersion).orElse(false);
    }

    /** This session changed the password itself and stays logged in under the account's new session version. */
    public void continueAfterPasswordChange(int newSessionVersion) {
        sessionVersion = newSessionVersion;
    }

    public void displayNameChanged(String newDisplayName) {
        displayName = newDisplayName;
    }

    /** Called when the customer declines or withdraws consent in this session. */
    public void forgetConsent() {
        consented = false;
    }

    private void requireSignedIn() {
        if (!load()) {
            throw new IllegalStateException("No customer is logged in");
        }
    }

    private boolean load() {
        Principal principal = request.getUserPrincipal();
        // A customer's principal is their account id; an integration client's (the API) is a name, no customer.
        if (principal == null || !principal.getName().matches("\\d{1,18}")) {
            return false;
        }
        long principalAccountId = Long.parseLong(principal.getName());
        if (accountId == null || accountId != principalAccountId) {
            PortalAccount account = accounts.findById(principalAccountId).orElseThrow();
            Payer payer = account.getPayer();
            accountId = account.getId();
            payerId = payer.getId();
            payerCode = payer.getCode();
            payerName = payer.getName();
            displayName = account.getDisplayName();
            sessionVersion = account.getSessionVersion();
            consented = false;
        }
        return true;
    }
}
