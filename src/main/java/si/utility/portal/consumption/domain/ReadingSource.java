package si.utility.portal.consumption.domain;

/** Who took a meter reading: the utility's reader or the customer through the portal. */
public enum ReadingSource {
    UTILITY,
    PORTAL
}
