package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.ProfileRules;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.persistence.ChangedMeanwhileException;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.platform.validation.Violations;

/** "Moj profil": the display name and the password of the logged-in account. */
@ApplicationScoped
public class ProfileService {

    private static final Logger LOG = Logger.getLogger(ProfileService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    CurrentPassword currentPassword;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMails mails;

    @Inject
    Clock clock;

    @Inject
    CustomerAudit audit;

    /**
     * Only the portal's greeting changes; billing data keep the payer's name.
     *
     * @param shownVersion the account's version when the form was shown ({@link PortalAccount#getVersion()})
     * @return the name as stored
     * @throws si.utility.portal.platform.validation.ValidationFailedException when the name breaks a rule
     * @throws ChangedMeanwhileException when the account changed since the form was shown
     */
    @Transactional
    public String changeDisplayName(long accountId, long shownVersion, String name) {
        ProfileRules.checkDisplayName(name).throwIfAny();
        PortalAccount account = em.find(PortalAccount.class, accountId);
        ChangedMeanwhileException.checkVersion(account.getVersion(), shownVersion);
        account.setDisplayName(name.strip());
        return account.getDisplayName();
    }

    /** The language of the account's e-mails from now on: the one the customer chose in the portal. */
    @Transactional
    public void changeLanguage(long accountId, Locale locale) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        if (account != null) {
            account.setLocale(locale);
        }
    }

    /**
     * Sets a new password, ends every other session of the account and tells the customer by e-mail.
     *
     * @return the account's new session version, which the caller's own session takes over to stay logged in
     * @throws si.utility.portal.platform.validation.ValidationFailedException when a rule is broken
     */
    @Transactional
    public int changePassword(long accountId, String current, String newPassword, String repeat) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        Violations violations = currentPassword.check(account, current);
        violations.addAll(ProfileRules.checkNewPassword(current, newPassword, repeat, account.getPayer().getCode(),
                account.getEmail()));
        violations.throwIfAny();
        account.changePassword(hasher.hash(newPassword), clock.instant());
        tokens.retireAllUnused(account);
        mails.sendPasswordChanged(account);
        audit.record(account, AuditAction.CUSTOMER_PASSWORD_CHANGED, null);
        LOG.info(() -> "Password changed by portal account " + accountId + "; its other sessions end");
        return account.getSessionVersion();
    }
}
