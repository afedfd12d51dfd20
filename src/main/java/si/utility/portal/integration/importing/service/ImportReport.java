package si.utility.portal.integration.importing.service;

import java.time.Instant;
import java.util.List;

/** What the API and the drop folder's {@code <name>.report.json} tell about a batch (docs/import-api.md). */
public record ImportReport(String batchId, String status, String producer, Instant createdAt, boolean strict,
        String contentSha256, Instant receivedAt, Instant startedAt, Instant finishedAt, String failure,
        List<FileProgress> files, Counts totals, List<Rejection> rejectedRows, long rejectedRowsNotListed) {

    /** Progress of one file; {@code pdf} stands for all invoice PDFs together. */
    public record FileProgress(String name, String mode, long rowsTotal, long rowsDone, long inserted, long updated,
            long unchanged, long rejected) {
    }

    public record Counts(long rowsTotal, long rowsDone, long inserted, long updated, long unchanged, long rejected) {
    }

    /** A rejected row: the file as in the batch ({@code payers.csv}), its line (header = 1), column and reason. */
    public record Rejection(String file, long line, String column, String reason) {
    }
}
