package si.utility.portal.account.domain;

public enum AccountStatus {
    /** Registered; waiting for the customer to follow the activation link. */
    PENDING_ACTIVATION,
    ACTIVE
}
