package si.utility.portal.staff.domain;

/** Referent (clerk) does the customer service; admin also manages staff and integration keys. */
public enum StaffRole {
    CLERK,
    ADMIN;

    /** The security group of the role; every staff member is also in {@code staff}. */
    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
