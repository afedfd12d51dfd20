package si.utility.portal.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A staff setup link (first admin, invitation, second factor reset); only the token's SHA-256 is stored. */
@Entity
@Table(name = "STAFF_TOKEN")
@NamedQuery(name = StaffToken.FIND_BY_HASH, query = "SELECT t FROM StaffToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = StaffToken.FIND_UNUSED_BY_STAFF,
        query = "SELECT t FROM StaffToken t WHERE t.staff = :staff AND t.usedAt IS NULL")
public class StaffToken {

    public static final String FIND_BY_HASH = "StaffToken.findByHash";
    public static final String FIND_UNUSED_BY_STAFF = "StaffToken.findUnusedByStaff";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "STAFF_ID", nullable = false)
    private StaffAccount staff;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    protected StaffToken() {
    }

    public StaffToken(StaffAccount staff, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.staff = staff;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant at) {
        usedAt = at;
    }

    public StaffAccount getStaff() {
        return staff;
    }
}
