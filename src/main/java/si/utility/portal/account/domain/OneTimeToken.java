package si.utility.portal.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Enkratna povezava: a random token mailed to the customer. Only its SHA-256 hash is stored, so a copy
 * of the database does not let anyone activate accounts or reset passwords.
 */
@Entity
@Table(name = "ONE_TIME_TOKEN",
        uniqueConstraints = @UniqueConstraint(name = "UK_TOKEN_HASH", columnNames = "TOKEN_HASH"),
        indexes = @Index(name = "IX_TOKEN_ACCOUNT_PURPOSE", columnList = "ACCOUNT_ID, PURPOSE"))
@NamedQuery(name = OneTimeToken.FIND_BY_HASH,
        query = "SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose")
@NamedQuery(name = OneTimeToken.FIND_ALL_UNUSED_BY_ACCOUNT,
        query = "SELECT t FROM OneTimeToken t WHERE t.account = :account AND t.usedAt IS NULL")
@NamedQuery(name = OneTimeToken.FIND_UNUSED_BY_ACCOUNT,
        query = "SELECT t FROM OneTimeToken t WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class OneTimeToken {

    public static final String FIND_BY_HASH = "OneTimeToken.findByHash";
    public static final String FIND_UNUSED_BY_ACCOUNT = "OneTimeToken.findUnusedByAccount";
    public static final String FIND_ALL_UNUSED_BY_ACCOUNT = "OneTimeToken.findAllUnusedByAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false)
    private PortalAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    private String tokenHash;

    /** For {@link TokenPurpose#EMAIL_CHANGE}: the address that becomes the account's once confirmed. */
    @Column(name = "NEW_EMAIL", length = 254)
    private String newEmail;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    @Version
    private long version;

    protected OneTimeToken() {
    }

    public OneTimeToken(PortalAccount account, TokenPurpose purpose, String tokenHash, Instant createdAt,
            Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void markUsed(Instant at) {
        usedAt = at;
    }

    public PortalAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
