package si.utility.portal.integration.importing.service;

/** A batch id the portal already has, with other content: a batch id names one content for ever. */
public class BatchConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchConflictException(String batchId) {
        super("batch " + batchId + " was received before with other content; send changed data under a new "
                + "batch_id");
    }
}
