package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.web.RequestAddress;

/**
 * Audit rows of a customer's own security events (registration, activation, password, e-mail address, consent),
 * in the caller's transaction: the customer as actor, their payer and account, the request's client address.
 */
@ApplicationScoped
class CustomerAudit {

    @Inject
    AuditLog audit;

    @Inject
    RequestAddress address;

    void record(PortalAccount account, AuditAction action, String detail) {
        audit.record(Actor.customer(account.getId(), address.current()), action, account.getPayer().getId(),
                account.getId(), detail);
    }
}
