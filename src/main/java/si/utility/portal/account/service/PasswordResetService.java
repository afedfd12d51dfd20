package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import si.utility.portal.account.domain.PasswordPolicy;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.PortalLinks;

/** "Pozabljeno geslo": a reset link by e-mail, then a new password that follows the registration rules. */
@ApplicationScoped
public class PasswordResetService {

    public static final String PASSWORD = "password";
    public static final String REPEAT_PASSWORD = "repeatPassword";

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());

    @Inject
    Tokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    @Inject
    PortalLinks links;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    CustomerAudit audit;

    /** Mails a reset link if the login names an account; the caller shows the same answer either way. */
    @Transactional
    public void requestReset(String login) {
        accounts.findByLogin(login).ifPresent(account -> {
            String token = tokens.issue(account, TokenPurpose.PASSWORD_RESET, settings.passwordResetLifetime());
            mails.sendPasswordReset(account, links.withToken("/account/reset-password", token),
                    settings.passwordResetLifetime());
        });
    }

    @Transactional
    public Tokens.State checkToken(String rawToken) {
        return tokens.find(rawToken, TokenPurpose.PASSWORD_RESET).state();
    }

    /**
     * Sets the new password and uses up the link. Following the link proves the customer reads the
     * account's mailbox, so an account still waiting for activation is activated too.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException when the password breaks a rule
     * @return the token's state; anything but VALID means nothing was changed
     */
    @Transactional
    public Tokens.State resetPassword(String rawToken, String password, String repeat) {
        Tokens.Lookup lookup = tokens.find(rawToken, TokenPurpose.PASSWORD_RESET);
        if (lookup.state() != Tokens.State.VALID) {
            return lookup.state();
        }
        PortalAccount account = lookup.token().getAccount();
        Violations violations = PasswordPolicy.check(password, repeat, PASSWORD, REPEAT_PASSWORD,
                account.getPayer().getCode(), account.getEmail());
        violations.throwIfAny();
        tokens.use(lookup.token());
        tokens.retireAllUnused(account);
        account.changePassword(hasher.hash(password), clock.instant());
        account.activate(clock.instant());
        audit.record(account, AuditAction.CUSTOMER_PASSWORD_RESET, null);
        LOG.info(() -> "Password reset for portal account " + account.getId());
        return Tokens.State.VALID;
    }
}
