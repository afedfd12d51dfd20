package si.utility.portal.integration.exchange;

/** How a file of a batch changes what the portal holds. */
public enum FileMode {
    /** Insert or update the rows given; nothing else changes. */
    DELTA,
    /** The rows given are the whole truth for the payers the file names: what they no longer list is settled. */
    FULL
}
