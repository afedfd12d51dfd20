package si.utility.portal.account.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.util.OptionalLong;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.service.Accounts;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.platform.security.CustomerView;

/**
 * The one place that answers "who is logged in": the account and its payer. Services that return
 * customer data take {@link #payerId()} as a parameter, so no query can forget whose data it reads. While a clerk
 * views a customer's pages ({@link CustomerView}), it answers that customer, so every page shows what they see.
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

    @Inject
    CustomerView view;

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

    /** A clerk's read-only view of this customer's pages, in the clerk's staff session. */
    public boolean isViewedByStaff() {
        return view.viewedAccount(request).isPresent();
    }

    /**
     * False once the account's sessions were ended elsewhere (password changed, consent withdrawn). A staff view
     * is always current here: it is the staff session, and the staff log-in decides about that.
     */
    public boolean isSessionCurrent() {
        return !load() || isViewedByStaff()
                || accounts.sessionVersion(accountId).map(stored -> stored == sessionVersion).orElse(false);
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
        OptionalLong current = currentAccountId();
        if (current.isEmpty()) {
            return false;
        }
        if (accountId == null || accountId != current.getAsLong()) {
            PortalAccount account = accounts.findById(current.getAsLong()).orElseThrow();
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

    private OptionalLong currentAccountId() {
        OptionalLong viewed = view.viewedAccount(request);
        if (viewed.isPresent()) {
            return viewed;
        }
        Principal principal = request.getUserPrincipal();
        // A customer's principal is their account id; an integration client's (the API) is a name, no customer.
        if (principal == null || !principal.getName().matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(principal.getName()));
    }
}
