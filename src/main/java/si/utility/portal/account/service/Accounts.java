package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import si.utility.portal.account.domain.LoginName;
import si.utility.portal.account.domain.PortalAccount;

/**
 * Finds accounts by what customers log in with: the payer code or the e-mail address. Queries read lists, not
 * streams: these run outside transactions (log-in, every page's session check), where Payara closes the
 * query's EntityManager itself, and a stream's EntityManager was closed a second time at the end of the request.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The account a typed payer code or e-mail address names; empty also for what cannot be a login name. */
    public Optional<PortalAccount> findByLogin(String typed) {
        return LoginName.of(typed).flatMap(this::findByLogin);
    }

    public Optional<PortalAccount> findByLogin(LoginName login) {
        return em.createNamedQuery(PortalAccount.FIND_BY_LOGIN, PortalAccount.class)
                .setParameter("payerCode", login.payerCode())
                .setParameter("email", login.email())
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<PortalAccount> findById(long accountId) {
        return Optional.ofNullable(em.find(PortalAccount.class, accountId));
    }

    /** The account's current session version (see {@link PortalAccount#endAllSessions()}); empty without account. */
    public Optional<Integer> sessionVersion(long accountId) {
        return em.createNamedQuery(PortalAccount.SESSION_VERSION_OF, Integer.class)
                .setParameter("id", accountId)
                .getResultList()
                .stream()
                .findFirst();
    }
}
