package si.utility.portal.integration.importing.domain;

/** Where a batch stands: waiting for the import lock, being applied, or finished either way. */
public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
