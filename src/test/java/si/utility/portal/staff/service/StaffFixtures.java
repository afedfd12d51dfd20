package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;

/** Staff accounts and audit rows for the in-container tests of the back office. */
@ApplicationScoped
@Transactional
public class StaffFixtures {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** A set-up account: the password given, the TOTP secret given, enrolled at step 0. */
    public StaffAccount enrolled(StaffRole role, String password, String secret) {
        StaffAccount staff = new StaffAccount("staff-" + UUID.randomUUID() + "@staff.test", "Test " + role, role,
                Locale.forLanguageTag("sl"), clock.instant());
        staff.startSetup(hasher.hash(password), secret);
        staff.confirmSecondFactor(0);
        em.persist(staff);
        return staff;
    }

    public StaffAccount reload(long staffId) {
        return em.find(StaffAccount.class, staffId);
    }

    /** The audit rows of one actor ("staff:12"), oldest first, as their actions. */
    public List<AuditAction> auditActionsOf(String actor) {
        return em.createQuery("SELECT e.action FROM AuditEvent e WHERE e.actor = :actor ORDER BY e.id",
                        AuditAction.class)
                .setParameter("actor", actor)
                .getResultList();
    }
}
