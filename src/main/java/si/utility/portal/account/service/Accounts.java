package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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

    public Optional<PortalAccount> findByLogin(String login) {
        if (login == null || login.isBlank() || login.length() > 254) {
            return Optional.empty();
        }
        return em.createNamedQuery(PortalAccount.FIND_BY_LOGIN, PortalAccount.class)
                .setParameter("login", normalizeLogin(login))
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

    /** Payer codes are digits and e-mail addresses are stored lower-case, so lower-casing fits both. */
    static String normalizeLogin(String login) {
        return PortalAccount.normalizeEmail(login);
    }
}
