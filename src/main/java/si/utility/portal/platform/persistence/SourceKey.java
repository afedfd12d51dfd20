package si.utility.portal.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The billing system's key of a record it sent (external_id) and the version the record had there; empty for
 * records the portal made itself. A later batch upserts by the key; an older version never overwrites a newer.
 */
@Embeddable
public class SourceKey {

    /** A record the portal made, not the billing system. */
    public static final SourceKey NONE = new SourceKey();

    public static final int MAX_EXTERNAL_ID_LENGTH = 64;

    @Column(name = "EXTERNAL_ID", length = MAX_EXTERNAL_ID_LENGTH)
    private String externalId;

    @Column(name = "SOURCE_VERSION")
    private Long version;

    protected SourceKey() {
    }

    public SourceKey(String externalId, Long version) {
        this.externalId = Objects.requireNonNull(externalId);
        this.version = version;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getVersion() {
        return version;
    }

    /**
     * Whether a row of that version is older than the one held: only when both have a version. A row without
     * one always applies (a billing system that does not version its rows sends the truth of the day).
     */
    public boolean isNewerThan(Long otherVersion) {
        return version != null && otherVersion != null && otherVersion < version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceKey key && Objects.equals(externalId, key.externalId)
                && Objects.equals(version, key.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, version);
    }
}
