package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Optional;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;

/**
 * "Ogled kot stranka": a clerk's read-only view of a customer's pages, and its audit trail: the start, every page
 * shown, every refused request and the end, each one row with the payer and the account.
 */
@ApplicationScoped
public class CustomerViews {

    /** What the staff session holds while it views: whose pages. */
    public record Viewed(long payerId, long accountId) implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CustomerCards cards;

    @Inject
    AuditLog audit;

    /** Empty for a payer that does not exist or has no portal account: there are no customer pages to view. */
    @Transactional
    public Optional<Viewed> start(StaffMember clerk, long payerId) {
        Payer payer = em.find(Payer.class, payerId);
        Optional<PortalAccount> account = payer == null ? Optional.empty() : cards.accountOf(payer);
        account.ifPresent(a -> audit.record(clerk.actor(), AuditAction.CUSTOMER_VIEWED_AS, payerId, a.getId(),
                payer.getCode()));
        return account.map(a -> new Viewed(payerId, a.getId()));
    }

    /** False once the account is gone (detached meanwhile): the view has nothing left to show. */
    public boolean accountExists(Viewed viewed) {
        return em.find(PortalAccount.class, viewed.accountId()) != null;
    }

    @Transactional
    public void pageShown(StaffMember clerk, Viewed viewed, String page) {
        audit.record(clerk.actor(), AuditAction.CUSTOMER_PAGE_VIEWED, viewed.payerId(), viewed.accountId(), page);
    }

    /** A request that would have changed something (a form, a log-out, a mailed link), refused. */
    @Transactional
    public void refused(StaffMember clerk, Viewed viewed, String request) {
        audit.record(clerk.actor(), AuditAction.STAFF_ACCESS_REFUSED, viewed.payerId(), viewed.accountId(), request);
    }

    @Transactional
    public void end(StaffMember clerk, Viewed viewed) {
        audit.record(clerk.actor(), AuditAction.CUSTOMER_VIEW_ENDED, viewed.payerId(), viewed.accountId(), null);
    }
}
