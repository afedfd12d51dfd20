package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.OneTimeToken;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.ProfileRules;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.PortalLinks;

/**
 * "Sprememba elektronskega naslova": the new address becomes the account's only when the link mailed to it is
 * followed; the old address is then told. Whether an address belongs to another account is said only to that
 * address's mailbox, so the form answers the same either way and tells nobody who has an account.
 */
@ApplicationScoped
public class EmailChangeService {

    private static final Logger LOG = Logger.getLogger(EmailChangeService.class.getName());

    /** What following a confirmation link did. */
    public enum Outcome {
        CHANGED,
        /** Another account took the address after the link was sent; nothing changed. */
        TAKEN,
        /** The link mailed to the old address was followed: the pending change no longer works. */
        STOPPED,
        EXPIRED,
        USED,
        UNKNOWN
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentPassword currentPassword;

    @Inject
    Tokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    @Inject
    PortalLinks links;

    @Inject
    AccountEvents events;

    @Inject
    CustomerAudit audit;

    /**
     * Mails the confirmation link to the new address, or, when another account uses that address, a notice
     * that it cannot be used. The account's e-mail address stays as it is until the link is followed. The old
     * address hears of the request at once, with a link that stops it: a thief who knows the password cannot
     * move the account away unnoticed.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException when the password is wrong or the
     *         address is not valid
     */
    @Transactional
    public void requestChange(long accountId, String password, String newEmail) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        Violations violations = ProfileRules.checkNewEmail(newEmail, account.getEmail());
        violations.addAll(currentPassword.check(account, password));
        violations.throwIfAny();
        String address = PortalAccount.normalizeEmail(newEmail);
        mailStopLink(account);
        if (isTaken(address)) {
            mails.sendEmailTaken(account, address);
            audit.record(account, AuditAction.EMAIL_CHANGE_REQUESTED, "address taken, no link sent");
            LOG.info(() -> "Portal account " + accountId + " asked for an e-mail address another account uses");
            return;
        }
        mailConfirmationLink(account, address);
        audit.record(account, AuditAction.EMAIL_CHANGE_REQUESTED, null);
    }

    /** To the old address: the change was asked for, with the link that stops it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mailStopLink(PortalAccount account) {
        String stop = tokens.issue(account, TokenPurpose.EMAIL_CHANGE_STOP, settings.emailChangeLifetime());
        mails.sendEmailChangeRequested(account, links.withToken("/profile/stop-email-change", stop),
                settings.emailChangeLifetime());
    }

    /** To the new (normalised) address: the link that makes it the account's ({@link #confirm}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mailConfirmationLink(PortalAccount account, String address) {
        String token = tokens.issue(account, TokenPurpose.EMAIL_CHANGE, settings.emailChangeLifetime(), address);
        mails.sendEmailChangeLink(account, address, links.withToken("/profile/confirm-email", token),
                settings.emailChangeLifetime());
    }

    @Transactional
    public Outcome confirm(String rawToken) {
        Tokens.Lookup lookup = tokens.find(rawToken, TokenPurpose.EMAIL_CHANGE);
        if (lookup.state() != Tokens.State.VALID) {
            return Outcome.valueOf(lookup.state().name());
        }
        OneTimeToken token = lookup.token();
        PortalAccount account = token.getAccount();
        tokens.use(token);
        tokens.retireUnused(account, TokenPurpose.EMAIL_CHANGE_STOP);
        if (isTaken(token.getNewEmail())) {
            return Outcome.TAKEN;
        }
        String oldEmail = account.getEmail();
        account.changeEmail(token.getNewEmail());
        em.flush();
        events.record(account, AccountEventType.EMAIL_CHANGED);
        audit.record(account, AuditAction.EMAIL_CHANGE_CONFIRMED, null);
        mails.sendEmailChanged(account, oldEmail);
        LOG.info(() -> "E-mail address of portal account " + account.getId() + " changed");
        return Outcome.CHANGED;
    }

    /** Follows the link mailed to the old address: the pending change's link stops working. */
    @Transactional
    public Outcome stop(String rawToken) {
        Tokens.Lookup lookup = tokens.find(rawToken, TokenPurpose.EMAIL_CHANGE_STOP);
        if (lookup.state() != Tokens.State.VALID) {
            return Outcome.valueOf(lookup.state().name());
        }
        tokens.use(lookup.token());
        tokens.retireUnused(lookup.token().getAccount(), TokenPurpose.EMAIL_CHANGE);
        audit.record(lookup.token().getAccount(), AuditAction.EMAIL_CHANGE_STOPPED, null);
        LOG.info(() -> "Pending e-mail change of portal account " + lookup.token().getAccount().getId()
                + " stopped from the old address");
        return Outcome.STOPPED;
    }

    public boolean isTaken(String address) {
        return em.createNamedQuery(PortalAccount.COUNT_BY_EMAIL, Long.class)
                .setParameter("email", address)
                .getSingleResult() > 0;
    }
}
