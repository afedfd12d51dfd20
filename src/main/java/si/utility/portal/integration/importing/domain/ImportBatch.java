package si.utility.portal.integration.importing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A batch the billing system sent: its manifest's identity, where it is stored until it is applied, its status,
 * the progress of each file and the checkpoint (file and line) up to which its rows are committed.
 */
@Entity
@Table(name = "IMPORT_BATCH", uniqueConstraints = @UniqueConstraint(name = "UK_IMPORT_BATCH_BATCH_ID",
        columnNames = "BATCH_ID"))
@NamedQuery(name = ImportBatch.FIND_BY_BATCH_ID, query = "SELECT b FROM ImportBatch b WHERE b.batchId = :batchId")
@NamedQuery(name = ImportBatch.FIND_BY_SOURCE, query = "SELECT b FROM ImportBatch b WHERE b.source = :source")
@NamedQuery(name = ImportBatch.NEXT_TO_RUN, query = """
        SELECT b.id FROM ImportBatch b WHERE b.status IN :unfinished ORDER BY b.status DESC, b.id""")
public class ImportBatch {

    public static final String FIND_BY_BATCH_ID = "ImportBatch.findByBatchId";
    public static final String FIND_BY_SOURCE = "ImportBatch.findBySource";
    /** RUNNING before QUEUED (a batch a dead node left is finished first), then in the order received. */
    public static final String NEXT_TO_RUN = "ImportBatch.nextToRun";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "BATCH_ID", nullable = false, length = 100)
    private String batchId;

    @Column(name = "CONTENT_SHA256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "PRODUCER", nullable = false, length = 200)
    private String producer;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "STRICT_MODE", nullable = false)
    private boolean strict;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private ImportStatus status;

    /** The ZIP archive or folder the batch is read from until it is finished. */
    @Column(name = "SOURCE", nullable = false, length = 1000)
    private String source;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "FAILURE", length = 2000)
    private String failure;

    /** Checkpoint: the position of the file being applied ({@link ImportBatchFile#getPosition()}). */
    @Column(name = "CHECKPOINT_FILE", nullable = false)
    private int checkpointFile;

    /** Checkpoint: the last line of that file whose row is committed (0: none yet). */
    @Column(name = "CHECKPOINT_LINE", nullable = false)
    private long checkpointLine;

    /** Rejected rows beyond the ones kept (the report lists the first ones only). */
    @Column(name = "REJECTED_NOT_KEPT", nullable = false)
    private long rejectedNotKept;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ImportBatchFile> files = new ArrayList<>();

    protected ImportBatch() {
    }

    public ImportBatch(String batchId, String contentSha256, String producer, Instant createdAt, boolean strict,
            String source, Instant receivedAt) {
        this.batchId = batchId;
        this.contentSha256 = contentSha256;
        this.producer = producer;
        this.createdAt = createdAt;
        this.strict = strict;
        this.source = source;
        this.receivedAt = receivedAt;
        this.status = ImportStatus.QUEUED;
    }

    public ImportBatchFile addFile(String name, String mode, long rowsTotal) {
        ImportBatchFile file = new ImportBatchFile(this, files.size(), name, mode, rowsTotal);
        files.add(file);
        return file;
    }

    public void start(Instant now) {
        if (status == ImportStatus.QUEUED) {
            status = ImportStatus.RUNNING;
            startedAt = now;
        }
    }

    /** Moves the checkpoint: the rows of the current file up to {@code line} are committed. */
    public void checkpoint(int filePosition, long line) {
        checkpointFile = filePosition;
        checkpointLine = line;
    }

    public void finish(Instant now) {
        status = ImportStatus.DONE;
        finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        status = ImportStatus.FAILED;
        failure = reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
        finishedAt = now;
    }

    /** Strict batches start again from nothing when rolled back (a node died): their checkpoint never moved. */
    public void restartFromScratch() {
        checkpointFile = 0;
        checkpointLine = 0;
        files.forEach(ImportBatchFile::reset);
    }

    public void countRejectedNotKept(long count) {
        rejectedNotKept += count;
    }

    public Optional<ImportBatchFile> currentFile() {
        return checkpointFile < files.size() ? Optional.of(files.get(checkpointFile)) : Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public String getBatchId() {
        return batchId;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getProducer() {
        return producer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isStrict() {
        return strict;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getSource() {
        return source;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }

    public int getCheckpointFile() {
        return checkpointFile;
    }

    public long getCheckpointLine() {
        return checkpointLine;
    }

    public long getRejectedNotKept() {
        return rejectedNotKept;
    }

    public List<ImportBatchFile> getFiles() {
        return files;
    }
}
