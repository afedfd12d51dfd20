package si.utility.portal.contact.domain;

/** Where a customer's message is in the utility's handling. */
public enum ContactMessageStatus {
    RECEIVED,
    IN_PROGRESS,
    ANSWERED
}
