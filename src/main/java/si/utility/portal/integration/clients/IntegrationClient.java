package si.utility.portal.integration.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A machine account of the billing system (role {@code integration}). It holds only the SHA-256 of its API key,
 * so the key is shown once, when the client is created, and never again.
 */
@Entity
@Table(name = "INTEGRATION_CLIENT",
        uniqueConstraints = @UniqueConstraint(name = "UK_INTEGRATION_CLIENT_KEY_HASH", columnNames = "KEY_HASH"))
@NamedQuery(name = IntegrationClient.FIND_BY_KEY_HASH,
        query = "SELECT c FROM IntegrationClient c WHERE c.keyHash = :keyHash")
@NamedQuery(name = IntegrationClient.FIND_ALL, query = "SELECT c FROM IntegrationClient c ORDER BY c.id")
public class IntegrationClient {

    static final String FIND_BY_KEY_HASH = "IntegrationClient.findByKeyHash";
    static final String FIND_ALL = "IntegrationClient.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "KEY_HASH", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    protected IntegrationClient() {
    }

    public IntegrationClient(String name, String keyHash, Instant createdAt) {
        this.name = name;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void usedAt(Instant now) {
        lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
