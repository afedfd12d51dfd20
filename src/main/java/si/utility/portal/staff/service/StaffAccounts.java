package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import si.utility.portal.staff.domain.StaffAccount;

/** Reads staff accounts. */
@ApplicationScoped
public class StaffAccounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<StaffAccount> findById(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    public Optional<StaffAccount> findByEmail(String email) {
        return em.createNamedQuery(StaffAccount.FIND_BY_EMAIL, StaffAccount.class)
                .setParameter("email", StaffAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public List<StaffAccount> list() {
        return em.createNamedQuery(StaffAccount.LIST, StaffAccount.class).getResultList();
    }
}
