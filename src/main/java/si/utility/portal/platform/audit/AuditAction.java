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
    // Back office: the outbox and e-mail changes on a verified request
    MAIL_RESENT,
    ACCOUNT_EMAIL_CHANGE_REQUESTED,
    // Customer security events, API use and consent texts (issue 11); detail holds ids, versions and codes only.
    CUSTOMER_REGISTERED,
    /** A registration refused before any check of the payer: too many failed attempts for it or the address. */
    CUSTOMER_REGISTRATION_THROTTLED,
    CUSTOMER_ACTIVATED,
    CUSTOMER_PASSWORD_CHANGED,
    /** A new password set through the link of a reset mail. */
    CUSTOMER_PASSWORD_RESET,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGE_CONFIRMED,
    /** The pending change stopped through the link mailed to the old address. */
    EMAIL_CHANGE_STOPPED,
    CONSENT_GIVEN,
    CONSENT_DECLINED,
    CONSENT_WITHDRAWN,
    CONSENT_VERSION_PUBLISHED,
    /** An integration client sent an import batch (queued, or the earlier batch of the same content answered). */
    API_BATCH_SUBMITTED,
    /** An integration client read an export page that held records (empty polls are not audited). */
    API_EXPORT_READ,
    /** An API request with a wrong or revoked key. */
    API_KEY_REFUSED,
    // "Ogled kot stranka" (a clerk's read-only view of a customer's pages): its start, each page shown, its end.
    CUSTOMER_VIEWED_AS,
    CUSTOMER_PAGE_VIEWED,
    CUSTOMER_VIEW_ENDED
}
