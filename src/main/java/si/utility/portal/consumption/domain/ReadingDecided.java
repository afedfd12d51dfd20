package si.utility.portal.consumption.domain;

/**
 * A clerk accepted or rejected a reading under review: fired in the decision's transaction, so the integration
 * feature can export the reading again with its new status.
 */
public record ReadingDecided(long readingId) {
}
