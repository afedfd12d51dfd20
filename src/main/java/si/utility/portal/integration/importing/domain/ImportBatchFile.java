package si.utility.portal.integration.importing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import si.utility.portal.integration.exchange.RowOutcome;

/** One file of a batch in the order it is applied (CSV files in ExchangeFormat.FILE_ORDER, then the PDFs). */
@Entity
@Table(name = "IMPORT_BATCH_FILE", uniqueConstraints = @UniqueConstraint(name = "UK_IMPORT_BATCH_FILE_POSITION",
        columnNames = {"IMPORT_BATCH_ID", "POSITION"}))
public class ImportBatchFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "IMPORT_BATCH_ID", nullable = false)
    private ImportBatch batch;

    @Column(name = "POSITION", nullable = false)
    private int position;

    /** The manifest's name: {@code payers}, or {@code pdf} for all invoice PDFs together. */
    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    /** {@code delta} or {@code full}; none for the PDFs. */
    @Column(name = "FILE_MODE", length = 10)
    private String mode;

    @Column(name = "ROWS_TOTAL", nullable = false)
    private long rowsTotal;

    @Column(name = "ROWS_DONE", nullable = false)
    private long rowsDone;

    @Column(name = "INSERTED", nullable = false)
    private long inserted;

    @Column(name = "UPDATED", nullable = false)
    private long updated;

    @Column(name = "UNCHANGED", nullable = false)
    private long unchanged;

    @Column(name = "REJECTED", nullable = false)
    private long rejected;

    protected ImportBatchFile() {
    }

    ImportBatchFile(ImportBatch batch, int position, String name, String mode, long rowsTotal) {
        this.batch = batch;
        this.position = position;
        this.name = name;
        this.mode = mode;
        this.rowsTotal = rowsTotal;
    }

    public void count(RowOutcome outcome) {
        rowsDone++;
        switch (outcome) {
            case INSERTED -> inserted++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REJECTED -> rejected++;
        }
    }

    /** What {@code completeFull} settled counts as updated: those records changed. */
    public void countSettled(long count) {
        updated += count;
    }

    void reset() {
        rowsDone = 0;
        inserted = 0;
        updated = 0;
        unchanged = 0;
        rejected = 0;
    }

    public Long getId() {
        return id;
    }

    public ImportBatch getBatch() {
        return batch;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getMode() {
        return mode;
    }

    public long getRowsTotal() {
        return rowsTotal;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    public long getInserted() {
        return inserted;
    }

    public long getUpdated() {
        return updated;
    }

    public long getUnchanged() {
        return unchanged;
    }

    public long getRejected() {
        return rejected;
    }
}
