package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.validation.EmailAddresses;
import si.utility.portal.platform.validation.TextRules;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;

/**
 * What admins do with staff accounts: invite, change the role, disable and enable, reset the second factor.
 * Callers pass the staff member doing it; each method refuses anyone but an admin, and every
 * action (a refusal too) writes its audit row in the transaction of the action.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = StaffActionRefusedException.class)
public class StaffAdministration {

    static final int NAME_MAX_LENGTH = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffSetup setup;

    @Inject
    AuditLog audit;

    @Inject
    AdminGuard guard;

    @Inject
    Clock clock;

    /** @return the rules the form broke; nothing is written then */
    public Violations invite(StaffMember admin, String email, String name, StaffRole role, Locale locale) {
        guard.requireAdmin(admin, "staff administration");
        Violations violations = new Violations();
        if (!EmailAddresses.isValid(email)) {
            violations.add("email", "staff.admin.emailInvalid");
        } else if (accounts.findByEmail(email).isPresent()) {
            violations.add("email", "staff.admin.emailTaken");
        }
        violations.addAll(TextRules.check("name", name, NAME_MAX_LENGTH, "staff.admin.nameRequired",
                "staff.admin.nameTooLong"));
        if (role == null) {
            violations.add("role", "staff.admin.roleRequired");
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        StaffAccount invited = new StaffAccount(email, name, role, locale, clock.instant());
        em.persist(invited);
        em.flush();
        setup.mailSetupLink(invited);
        audit.record(admin.actor(), AuditAction.STAFF_INVITED, "staff:" + invited.getId() + " " + role);
        return violations;
    }

    public void changeRole(StaffMember admin, long staffId, StaffRole role) {
        StaffAccount staff = otherStaff(admin, staffId);
        staff.setRole(role);
        audit.record(admin.actor(), AuditAction.STAFF_ROLE_CHANGED, "staff:" + staffId + " " + role);
    }

    public void setDisabled(StaffMember admin, long staffId, boolean disabled) {
        StaffAccount staff = otherStaff(admin, staffId);
        staff.setDisabled(disabled);
        audit.record(admin.actor(), disabled ? AuditAction.STAFF_DISABLED : AuditAction.STAFF_ENABLED,
                "staff:" + staffId);
    }

    /** The staff member enrols a new app at the next log-in: for a lost or replaced phone. */
    public void resetSecondFactor(StaffMember admin, long staffId) {
        StaffAccount staff = otherStaff(admin, staffId);
        staff.resetSecondFactor();
        audit.record(admin.actor(), AuditAction.STAFF_SECOND_FACTOR_RESET, "staff:" + staffId);
    }

    /** An admin never changes their own account here: no admin can lock the back office out by mistake. */
    private StaffAccount otherStaff(StaffMember admin, long staffId) {
        guard.requireAdmin(admin, "staff administration");
        if (admin.staffId() == staffId) {
            throw new StaffActionRefusedException("An admin does not change their own staff account");
        }
        return accounts.findById(staffId)
                .orElseThrow(() -> new StaffActionRefusedException("No staff account " + staffId));
    }
}
