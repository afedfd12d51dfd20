package si.utility.portal.account.service;

import jakarta.persistence.EntityManager;
import si.utility.portal.account.domain.PortalAccount;

/**
 * Deletes a portal account with its one-time links and consent records, so its payer can register again. What
 * else refers to the account (messages, readings entered, account events, audit rows) keeps its plain id.
 */
final class AccountRemoval {

    private AccountRemoval() {
    }

    static void delete(EntityManager em, PortalAccount account) {
        em.createQuery("DELETE FROM OneTimeToken t WHERE t.account = :account")
                .setParameter("account", account).executeUpdate();
        em.createQuery("DELETE FROM ConsentRecord c WHERE c.account = :account")
                .setParameter("account", account).executeUpdate();
        em.remove(account);
    }
}
