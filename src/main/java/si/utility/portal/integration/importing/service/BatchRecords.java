package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import si.utility.portal.integration.exchange.ExchangeFormat;
import si.utility.portal.integration.importing.batch.ManifestFile;
import si.utility.portal.integration.importing.batch.VerifiedBatch;
import si.utility.portal.integration.importing.domain.ImportBatch;
import si.utility.portal.integration.importing.domain.ImportBatchFile;
import si.utility.portal.integration.importing.domain.ImportStatus;
import si.utility.portal.integration.importing.domain.RejectedRow;

/** Import batches in the database: queued, looked up, reported. */
@ApplicationScoped
public class BatchRecords {

    /** The files of a batch's PDFs, counted as one file of the report. */
    public static final String PDF_FILE = "pdf";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Files in ExchangeFormat.FILE_ORDER, so every row finds what it refers to; the PDFs after the invoices. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void queue(VerifiedBatch verified, Path source) {
        var manifest = verified.manifest();
        ImportBatch batch = new ImportBatch(manifest.batchId(), verified.contentSha256(), manifest.producer(),
                manifest.createdAt(), manifest.strict(), source.toString(), clock.instant());
        manifest.dataFiles().stream()
                .sorted(Comparator.comparingInt(file -> ExchangeFormat.FILE_ORDER.indexOf(file.name())))
                .forEach(file -> batch.addFile(file.name(), file.mode().name().toLowerCase(Locale.ROOT),
                        file.rows()));
        List<ManifestFile> documents = manifest.documents();
        if (!documents.isEmpty()) {
            batch.addFile(PDF_FILE, null, documents.size());
        }
        em.persist(batch);
        batch.getFiles().forEach(em::persist);
    }

    @Transactional
    public Optional<ImportReport> report(String batchId) {
        return find(batchId).map(this::report);
    }

    /** What the back office's dashboard shows of a batch. */
    public record BatchSummary(String batchId, ImportStatus status, Instant receivedAt) {
    }

    /** The batch received last, if any. */
    @Transactional
    public Optional<BatchSummary> latest() {
        return em.createQuery("SELECT b FROM ImportBatch b ORDER BY b.receivedAt DESC, b.id DESC", ImportBatch.class)
                .setMaxResults(1).getResultStream().findFirst()
                .map(b -> new BatchSummary(b.getBatchId(), b.getStatus(), b.getReceivedAt()));
    }

    /** A line of the back office's list of batches: the totals of its files' counts. */
    public record BatchLine(String batchId, ImportStatus status, Instant receivedAt, long inserted, long updated,
            long unchanged, long rejected) {
    }

    /** The batches newest first, a page at a time, with their files' counts summed in the database. */
    @Transactional
    public List<BatchLine> page(int first, int max) {
        return em.createQuery("""
                        SELECT b.batchId, b.status, b.receivedAt, SUM(f.inserted), SUM(f.updated), SUM(f.unchanged),
                        SUM(f.rejected) FROM ImportBatch b LEFT JOIN b.files f
                        GROUP BY b.id, b.batchId, b.status, b.receivedAt ORDER BY b.receivedAt DESC, b.id DESC""",
                        Object[].class)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream()
                .map(r -> new BatchLine((String) r[0], (ImportStatus) r[1], (Instant) r[2], count(r[3]), count(r[4]),
                        count(r[5]), count(r[6])))
                .toList();
    }

    @Transactional
    public long count() {
        return em.createQuery("SELECT COUNT(b) FROM ImportBatch b", Long.class).getSingleResult();
    }

    /**
     * The report of the API without its rejected rows, for a page that shows the progress often and the rejected
     * rows a page at a time ({@link #rejected}).
     */
    @Transactional
    public Optional<ImportReport> progress(String batchId) {
        return find(batchId).map(batch -> report(batch, List.of()));
    }

    /** A page of a batch's rejected rows, by file and line; empty for an unknown batch. */
    @Transactional
    public List<ImportReport.Rejection> rejected(String batchId, int first, int max) {
        return find(batchId).map(batch -> em.createNamedQuery(RejectedRow.OF_BATCH, RejectedRow.class)
                .setParameter("batch", batch).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(BatchRecords::rejection).toList()).orElse(List.of());
    }

    @Transactional
    public long countRejected(String batchId) {
        return find(batchId).map(batch -> em.createNamedQuery(RejectedRow.COUNT_OF_BATCH, Long.class)
                .setParameter("batch", batch).getSingleResult()).orElse(0L);
    }

    /** The batch to run next: one a dead node left running first, then the oldest queued one. */
    @Transactional
    public Optional<Long> nextToRun() {
        return em.createNamedQuery(ImportBatch.NEXT_TO_RUN, Long.class)
                .setParameter("unfinished", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The report of the batch read from this archive or folder; a batch that was the earlier one of the same id and
     * content has no record of its own, so the drop folder asks with the batch id from the intake instead.
     */
    @Transactional
    public Optional<ImportReport> reportOfSource(String source) {
        return em.createNamedQuery(ImportBatch.FIND_BY_SOURCE, ImportBatch.class).setParameter("source", source)
                .getResultStream().findFirst().map(this::report);
    }

    @Transactional
    public Optional<Long> idOf(String batchId) {
        return find(batchId).map(ImportBatch::getId);
    }

    private Optional<ImportBatch> find(String batchId) {
        return em.createNamedQuery(ImportBatch.FIND_BY_BATCH_ID, ImportBatch.class).setParameter("batchId", batchId)
                .getResultStream().findFirst();
    }

    private ImportReport report(ImportBatch batch) {
        return report(batch, em.createNamedQuery(RejectedRow.OF_BATCH, RejectedRow.class)
                .setParameter("batch", batch).getResultStream().map(BatchRecords::rejection).toList());
    }

    private static ImportReport.Rejection rejection(RejectedRow row) {
        return new ImportReport.Rejection(row.getFile(), row.getLine(), row.getColumn(), row.getReason());
    }

    private ImportReport report(ImportBatch batch, List<ImportReport.Rejection> rejected) {
        List<ImportReport.FileProgress> files = batch.getFiles().stream().map(BatchRecords::progress).toList();
        ImportReport.Counts totals = new ImportReport.Counts(sum(files, ImportReport.FileProgress::rowsTotal),
                sum(files, ImportReport.FileProgress::rowsDone), sum(files, ImportReport.FileProgress::inserted),
                sum(files, ImportReport.FileProgress::updated), sum(files, ImportReport.FileProgress::unchanged),
                sum(files, ImportReport.FileProgress::rejected));
        return new ImportReport(batch.getBatchId(), batch.getStatus().name().toLowerCase(Locale.ROOT),
                batch.getProducer(), batch.getCreatedAt(), batch.isStrict(), batch.getContentSha256(),
                batch.getReceivedAt(), batch.getStartedAt(), batch.getFinishedAt(), batch.getFailure(), files, totals,
                rejected, batch.getRejectedNotKept());
    }

    private static ImportReport.FileProgress progress(ImportBatchFile file) {
        return new ImportReport.FileProgress(file.getName(), file.getMode(), file.getRowsTotal(), file.getRowsDone(),
                file.getInserted(), file.getUpdated(), file.getUnchanged(), file.getRejected());
    }

    /** A SUM over no files (a batch without any) is null. */
    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private static long sum(List<ImportReport.FileProgress> files,
            ToLongFunction<ImportReport.FileProgress> count) {
        return files.stream().mapToLong(count).sum();
    }
}
