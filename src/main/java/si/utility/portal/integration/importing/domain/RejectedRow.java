package si.utility.portal.integration.importing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A row of a batch that changed nothing, and why: file, line (as an editor counts, header = 1), column. */
@Entity
@Table(name = "IMPORT_REJECTED_ROW", indexes = @Index(name = "IX_IMPORT_REJECTED_ROW_BATCH",
        columnList = "IMPORT_BATCH_ID, ID"))
/* By file and line, whatever order the rows were stored in (a chunk's malformed rows and its refused ones). */
@NamedQuery(name = RejectedRow.OF_BATCH,
        query = "SELECT r FROM RejectedRow r WHERE r.batch = :batch ORDER BY r.file, r.line, r.id")
@NamedQuery(name = RejectedRow.COUNT_OF_BATCH, query = "SELECT COUNT(r) FROM RejectedRow r WHERE r.batch = :batch")
@NamedQuery(name = RejectedRow.DELETE_OF_BATCH, query = "DELETE FROM RejectedRow r WHERE r.batch = :batch")
public class RejectedRow {

    public static final String OF_BATCH = "RejectedRow.ofBatch";
    public static final String COUNT_OF_BATCH = "RejectedRow.countOfBatch";
    public static final String DELETE_OF_BATCH = "RejectedRow.deleteOfBatch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "IMPORT_BATCH_ID", nullable = false)
    private ImportBatch batch;

    @Column(name = "FILE_NAME", nullable = false, length = 100)
    private String file;

    @Column(name = "LINE_NUMBER", nullable = false)
    private long line;

    @Column(name = "COLUMN_NAME", length = 100)
    private String column;

    @Column(name = "REASON", nullable = false, length = 1000)
    private String reason;

    protected RejectedRow() {
    }

    public RejectedRow(ImportBatch batch, String file, long line, String column, String reason) {
        this.batch = batch;
        this.file = file;
        this.line = line;
        this.column = column;
        String text = reason == null || reason.isBlank() ? "rejected" : reason;
        this.reason = text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }

    public Long getId() {
        return id;
    }

    public ImportBatch getBatch() {
        return batch;
    }

    public String getFile() {
        return file;
    }

    public long getLine() {
        return line;
    }

    public String getColumn() {
        return column;
    }

    public String getReason() {
        return reason;
    }
}
