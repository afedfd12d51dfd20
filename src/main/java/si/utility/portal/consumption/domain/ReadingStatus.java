package si.utility.portal.consumption.domain;

/** Whether a meter reading counts for billing; readings entered in the portal may need a look first. */
public enum ReadingStatus {
    ACCEPTED,
    PENDING_REVIEW,
    REJECTED
}
