package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import si.utility.portal.integration.exchange.FileMode;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;
import si.utility.portal.integration.importing.domain.ImportBatch;
import si.utility.portal.integration.importing.domain.ImportBatchFile;
import si.utility.portal.integration.importing.domain.RejectedRow;
import si.utility.portal.platform.metrics.Metrics;

/**
 * The transactions of a batch run: each joins the caller's transaction or, without one, is its own. A normal
 * batch calls them without a transaction, so each chunk commits with its counts and its checkpoint, or not at
 * all; a strict batch calls them all inside one transaction ({@link StrictRun}).
 */
@ApplicationScoped
public class ChunkTransactions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Metrics metrics;

    @Inject
    Clock clock;

    @Inject
    ImportLease lease;

    @Inject
    ImportSettings settings;

    /** Marks the batch running (the first time) under the caller's lock. */
    @Transactional
    public void start(long batchId, String holder) {
        lease.renewOrFail(holder);
        em.find(ImportBatch.class, batchId).start(clock.instant());
    }

    /**
     * Applies rows of the batch's current file, counts them, keeps the rejected ones and moves the checkpoint to
     * {@code lastLine}. {@code applied} is called in the transaction, so what it writes commits with the rest.
     */
    @Transactional
    public List<RowResult> apply(long batchId, String holder, long lastLine, Applier applied, String reportedFile) {
        lease.renewOrFail(holder);
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        ImportBatchFile file = batch.currentFile().orElseThrow();
        List<RowResult> results = applied.apply(new ImportContext(batch.getBatchId(), mode(file)));
        record(batch, file, results, reportedFile);
        batch.checkpoint(file.getPosition(), lastLine);
        return results;
    }

    /** A row the database refused when applied alone: rejected, and the checkpoint moves past it. */
    @Transactional
    public void reject(long batchId, String holder, RowResult rejected, String reportedFile, long checkpointLine) {
        lease.renewOrFail(holder);
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        ImportBatchFile file = batch.currentFile().orElseThrow();
        record(batch, file, List.of(rejected), reportedFile);
        batch.checkpoint(file.getPosition(), checkpointLine);
    }

    /** What a run needs to know of the batch, read once before it starts. */
    @Transactional
    public BatchPlan plan(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        return new BatchPlan(batch.getId(), batch.getBatchId(), batch.getSource(), batch.isStrict(),
                batch.getFiles().stream().map(file -> new BatchPlan.PlannedFile(file.getPosition(), file.getName(),
                        file.getMode())).toList(), batch.getCheckpointFile(), batch.getCheckpointLine());
    }

    /** Ends the current file ({@code completeFull} of a full file in the same transaction); the next one is due. */
    @Transactional
    public void finishFile(long batchId, String holder, FullCompletion completion) {
        lease.renewOrFail(holder);
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        ImportBatchFile file = batch.currentFile().orElseThrow();
        if (mode(file) == FileMode.FULL) {
            file.countSettled(completion.complete(new ImportContext(batch.getBatchId(), FileMode.FULL)));
        }
        batch.checkpoint(file.getPosition() + 1, 0);
    }

    @Transactional
    public void finish(long batchId, String holder) {
        lease.renewOrFail(holder);
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        batch.finish(clock.instant());
        count(batch, "done");
    }

    /** {@code portal.import.batches} and {@code .rows} by outcome, {@code portal.import.duration}. */
    private void count(ImportBatch batch, String outcome) {
        metrics.count("portal.import.batches", "outcome", outcome);
        metrics.count("portal.import.rows", batch.getFiles().stream().mapToLong(ImportBatchFile::getRowsDone).sum(),
                "outcome", outcome);
        if (batch.getStartedAt() != null) {
            metrics.time("portal.import.duration", Duration.between(batch.getStartedAt(), clock.instant()),
                    "outcome", outcome);
        }
    }

    /** In a transaction of its own: also after a strict batch's transaction was rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long batchId, String reason, List<RejectedAt> rejected) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        if (batch.isStrict()) {
            batch.restartFromScratch();
            em.createNamedQuery(RejectedRow.DELETE_OF_BATCH).setParameter("batch", batch).executeUpdate();
        }
        for (RejectedAt row : rejected) {
            batch.getFiles().stream().filter(file -> file.getName().equals(row.fileName())).findFirst()
                    .ifPresent(file -> record(batch, file, List.of(row.result()), row.reportedFile()));
        }
        batch.fail(reason, clock.instant());
        count(batch, "failed");
    }

    /** A strict batch rolled back by a node that died starts again from nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void restartStrict(long batchId) {
        em.find(ImportBatch.class, batchId).restartFromScratch();
    }

    private void record(ImportBatch batch, ImportBatchFile file, List<RowResult> results, String reportedFile) {
        long kept = batch.getFiles().stream().mapToLong(ImportBatchFile::getRejected).sum()
                - batch.getRejectedNotKept();
        for (RowResult result : results) {
            file.count(result.outcome());
            if (result.outcome() == RowOutcome.REJECTED) {
                if (kept < settings.rejectedRowsKept()) {
                    em.persist(new RejectedRow(batch, reportedFile, result.line(), result.column(), result.reason()));
                    kept++;
                } else {
                    batch.countRejectedNotKept(1);
                }
            }
        }
    }

    private static FileMode mode(ImportBatchFile file) {
        return "full".equals(file.getMode()) ? FileMode.FULL : FileMode.DELTA;
    }

    /** Applies rows with the batch's context; runs inside the chunk's transaction. */
    @FunctionalInterface
    public interface Applier {
        List<RowResult> apply(ImportContext context);
    }

    @FunctionalInterface
    public interface FullCompletion {
        long complete(ImportContext context);
    }

    /** A rejected row of a strict batch, kept for the report of the batch that failed because of it. */
    public record RejectedAt(String fileName, String reportedFile, RowResult result) {
    }
}
