package si.utility.portal.integration.importing.service;

import java.util.List;

/** A batch as a run sees it: where it is read from, its files in order, and where its checkpoint stands. */
public record BatchPlan(long id, String batchId, String source, boolean strict, List<PlannedFile> files,
        int checkpointFile, long checkpointLine) {

    public record PlannedFile(int position, String name, String mode) {

        public boolean isDocuments() {
            return BatchRecords.PDF_FILE.equals(name);
        }

        /** Where the file is in the batch. */
        public String path() {
            return name + ".csv";
        }
    }

    /** Lines of the file at {@code position} up to this one are committed already. */
    public long committedLine(int position) {
        return position == checkpointFile ? checkpointLine : 0;
    }
}
