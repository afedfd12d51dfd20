package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import si.utility.portal.account.domain.AccountEvent;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.PortalAccount;

/** Writes an account's events; only inside the transaction of the action, so none is recorded for a rolled-back one. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountEvents {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(PortalAccount account, AccountEventType type) {
        em.persist(new AccountEvent(account.getId(), account.getPayer().getCode(), type, account.getEmail(),
                clock.instant()));
    }

    /** How many events of the type happened since the instant (the back office's "this month"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countSince(AccountEventType type, Instant since) {
        return em.createQuery("SELECT COUNT(e) FROM AccountEvent e WHERE e.type = :type AND e.occurredAt >= :since",
                        Long.class)
                .setParameter("type", type)
                .setParameter("since", since)
                .getSingleResult();
    }
}
