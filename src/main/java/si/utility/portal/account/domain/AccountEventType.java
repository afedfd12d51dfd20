package si.utility.portal.account.domain;

/** What happened to a portal account, as the billing system learns it from the export. */
public enum AccountEventType {
    REGISTERED,
    ACTIVATED,
    EMAIL_CHANGED,
    CONSENT_GIVEN,
    CONSENT_DECLINED,
    CONSENT_WITHDRAWN,
    /** The back office detached the account from its payer (registered by the wrong person); it is deleted. */
    ACCOUNT_CLOSED
}
