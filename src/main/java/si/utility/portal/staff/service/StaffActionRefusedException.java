package si.utility.portal.staff.service;

/** A staff action the staff member may not do (a clerk at an admin action); audited where it is thrown. */
public class StaffActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaffActionRefusedException(String message) {
        super(message);
    }
}
