package si.utility.portal.platform.audit;

/** What an audit row records: every staff action and every security event, one name each. */
public enum AuditAction {
    CUSTOMER_LOGIN,
    CUSTOMER_LOGIN_FAILED,
    CUSTOMER_LOGIN_THROTTLED,
    STAFF_LOGIN,
    STAFF_LOGIN_FAILED,
    STAFF_LOGIN_THROTTLED,
    STAFF_LOGOUT,
    STAFF_SETUP_MAILED,
    STAFF_SETUP_COMPLETED,
    STAFF_INVITED,
    STAFF_DISABLED,
    STAFF_ENABLED,
    STAFF_ROLE_CHANGED,
    STAFF_SECOND_FACTOR_RESET,
    /** A clerk asked for an admin page or action, or for a change while viewing a customer's pages. */
    STAFF_ACCESS_REFUSED,
    MESSAGE_ASSIGNED,
    MESSAGE_REPLIED,
    AUDIT_EXPORTED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    READING_ACCEPTED,
    READING_REJECTED,
    CUSTOMER_CARD_VIEWED,
    ACTIVATION_RESENT,
    ACCOUNT_BLOCKED,
    ACCOUNT_UNBLOCKED,
    ACCOUNT_DETACHED,
    // "Ogled kot stranka" (a clerk's read-only view of a customer's pages): its start, each page shown, its end.
    CUSTOMER_VIEWED_AS,
    CUSTOMER_PAGE_VIEWED,
    CUSTOMER_VIEW_ENDED
}
