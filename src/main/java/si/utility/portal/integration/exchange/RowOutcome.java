package si.utility.portal.integration.exchange;

/** What one row did. A rejected row changed nothing. */
public enum RowOutcome {
    INSERTED, UPDATED, UNCHANGED, REJECTED
}
