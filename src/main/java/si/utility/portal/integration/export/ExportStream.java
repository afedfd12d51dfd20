package si.utility.portal.integration.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One exported stream (readings, messages, account events) and the highest position it has handed out. Its row is
 * the lock of the stamping step ({@link ExportStamper}): one stamping at a time per stream, on every node.
 */
@Entity
@Table(name = "EXPORT_STREAM")
public class ExportStream {

    @Id
    @Column(name = "NAME", length = 30)
    private String name;

    @Column(name = "LAST_POSITION", nullable = false)
    private long lastPosition;

    protected ExportStream() {
    }

    ExportStream(String name) {
        this.name = name;
    }

    long nextPosition() {
        return ++lastPosition;
    }
}
