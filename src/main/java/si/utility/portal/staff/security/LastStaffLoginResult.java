package si.utility.portal.staff.security;

import jakarta.enterprise.context.RequestScoped;
import si.utility.portal.staff.service.StaffLoginResult;

/** Carries the detailed outcome of a staff log-in from the identity store to the log-in page. */
@RequestScoped
public class LastStaffLoginResult {

    private StaffLoginResult result;

    void set(StaffLoginResult result) {
        this.result = result;
    }

    public StaffLoginResult get() {
        return result;
    }
}
