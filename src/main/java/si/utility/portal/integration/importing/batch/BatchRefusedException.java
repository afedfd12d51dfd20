package si.utility.portal.integration.importing.batch;

/** A batch that is not read at all (archive, manifest, a file's hash, row count or header); the reason in English. */
public class BatchRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchRefusedException(String reason) {
        super(reason);
    }
}
