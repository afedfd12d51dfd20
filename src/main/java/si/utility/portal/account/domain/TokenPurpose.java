package si.utility.portal.account.domain;

/** What a one-time link in an e-mail lets its holder do. */
public enum TokenPurpose {
    ACTIVATION,
    PASSWORD_RESET,
    EMAIL_CHANGE,
    /** Mailed to the old address when a change is asked for: stops the pending change. */
    EMAIL_CHANGE_STOP
}
