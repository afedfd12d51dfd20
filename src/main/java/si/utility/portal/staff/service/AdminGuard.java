package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;

/**
 * Refuses a staff member without the admin role at an admin action, and audits the refusal. Callers are
 * transactional with {@code dontRollbackOn = StaffActionRefusedException.class}, so the audit row stays.
 */
@ApplicationScoped
public class AdminGuard {

    @Inject
    AuditLog audit;

    public void requireAdmin(StaffMember member, String action) {
        if (!member.isAdmin()) {
            audit.record(member.actor(), AuditAction.STAFF_ACCESS_REFUSED, action);
            throw new StaffActionRefusedException(action + " needs the admin role");
        }
    }
}
