package si.utility.portal.integration.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A record's place in its export stream, given once, after the record committed ({@link ExportStamper}). */
@Entity
@Table(name = "EXPORT_ENTRY", uniqueConstraints = {
        @UniqueConstraint(name = "UK_EXPORT_ENTRY_POSITION", columnNames = {"STREAM", "POSITION"}),
        @UniqueConstraint(name = "UK_EXPORT_ENTRY_RECORD", columnNames = {"STREAM", "RECORD_ID"})})
public class ExportEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STREAM", nullable = false, length = 30)
    private String stream;

    @Column(name = "POSITION", nullable = false)
    private long position;

    @Column(name = "RECORD_ID", nullable = false)
    private long recordId;

    protected ExportEntry() {
    }

    ExportEntry(String stream, long position, long recordId) {
        this.stream = stream;
        this.position = position;
        this.recordId = recordId;
    }
}
