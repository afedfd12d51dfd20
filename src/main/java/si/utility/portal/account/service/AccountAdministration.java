package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.ProfileRules;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.validation.TextRules;
import si.utility.portal.platform.validation.Violations;

/**
 * What the utility's clerks do to a portal account for a customer who calls: block and unblock it, and detach it
 * from the payer when the wrong person registered. Each in one transaction with its audit row.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    public static final String REASON = "reason";
    static final int MAX_REASON_LENGTH = 200;
    private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AccountEvents events;

    @Inject
    AccountMails mails;

    @Inject
    AuditLog audit;

    @Inject
    EmailChangeService emailChange;

    /** @return the rules the reason broke ({@value #REASON}); nothing is written then */
    public Violations block(Actor clerk, long accountId, String reason) {
        Violations violations = TextRules.check(REASON, reason, MAX_REASON_LENGTH,
                "staff.customer.blockReasonRequired", "staff.customer.blockReasonTooLong");
        PortalAccount account = em.find(PortalAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            violations.add("account", "common.changedMeanwhile");
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        account.block(reason.strip());
        audit.record(clerk, AuditAction.ACCOUNT_BLOCKED, account.getPayer().getId(), accountId, null);
        return violations;
    }

    public boolean unblock(Actor clerk, long accountId) {
        PortalAccount account = em.find(PortalAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.isBlocked()) {
            return false;
        }
        account.unblock();
        audit.record(clerk, AuditAction.ACCOUNT_UNBLOCKED, account.getPayer().getId(), accountId, null);
        return true;
    }

    /**
     * The wrongly registered case: the account is deleted (its sessions end, as their account is gone), the
     * owner of its e-mail address is told, the billing system learns it ({@code ACCOUNT_CLOSED}), and the payer
     * can register again.
     */
    public boolean detach(Actor clerk, long accountId) {
        PortalAccount account = em.find(PortalAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return false;
        }
        long payerId = account.getPayer().getId();
        events.record(account, AccountEventType.ACCOUNT_CLOSED);
        mails.sendDetached(account);
        AccountRemoval.delete(em, account);
        audit.record(clerk, AuditAction.ACCOUNT_DETACHED, payerId, accountId, null);
        LOG.info(() -> "Portal account " + accountId + " detached from its payer by " + clerk.id());
        return true;
    }

    /**
     * A change of the account's e-mail address the customer asked for in writing (the reason names the request):
     * the customer's own rules for the new address, and the customer's own way of making it take effect, so that
     * the new address is proven by its link ({@link EmailChangeService#confirm}, which writes the account event)
     * and the old one hears of it with the link that stops it. Unlike the customer's form, the clerk is told that
     * the address is taken: staff may see which accounts exist.
     *
     * @return the rules the address ({@value ProfileRules#NEW_EMAIL}) or the reason ({@value #REASON}) broke, or
     *         {@code account} when it is gone; nothing is written or mailed then
     */
    public Violations requestEmailChange(Actor clerk, long accountId, String newEmail, String reason) {
        PortalAccount account = em.find(PortalAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return new Violations().add("account", "common.changedMeanwhile");
        }
        Violations violations = ProfileRules.checkNewEmail(newEmail, account.getEmail());
        violations.addAll(TextRules.check(REASON, reason, MAX_REASON_LENGTH, "staff.customer.emailReasonRequired",
                "staff.customer.blockReasonTooLong"));
        String address = PortalAccount.normalizeEmail(newEmail);
        if (!violations.has(ProfileRules.NEW_EMAIL) && emailChange.isTaken(address)) {
            violations.add(ProfileRules.NEW_EMAIL, "staff.customer.emailTaken");
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        emailChange.mailStopLink(account);
        emailChange.mailConfirmationLink(account, address);
        audit.record(clerk, AuditAction.ACCOUNT_EMAIL_CHANGE_REQUESTED, account.getPayer().getId(), accountId,
                reason.strip());
        LOG.info(() -> "E-mail change of portal account " + accountId + " asked for by " + clerk.id());
        return violations;
    }
}
