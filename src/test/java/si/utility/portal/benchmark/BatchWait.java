package si.utility.portal.benchmark;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.integration.importing.service.ImportReport;

/** Waits, inside the server, for a batch the background importer applies, polling its report with a bound. */
final class BatchWait {

    /** The demo customers are imported at start as this batch (DemoBatch). */
    static final String DEMO_BATCH = "demo-2026-12-01";

    private static final Set<String> FINISHED = Set.of("done", "failed");

    private BatchWait() {
    }

    static ImportReport untilFinished(BatchRecords records, String batchId, Duration bound)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ImportReport> report = records.report(batchId);
            if (report.isPresent() && FINISHED.contains(report.get().status())) {
                return report.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batchId + " did not finish within " + bound);
    }
}
