package si.utility.portal.staff.service;

import si.utility.portal.platform.audit.Actor;
import si.utility.portal.staff.domain.StaffRole;

/** The staff member of the current request, as the services need them: who, with which role, from where. */
public record StaffMember(long staffId, String name, StaffRole role, String clientAddress) {

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }

    public Actor actor() {
        return Actor.staff(staffId, clientAddress);
    }
}
