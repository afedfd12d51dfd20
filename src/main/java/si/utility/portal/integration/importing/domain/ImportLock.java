package si.utility.portal.integration.importing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that says which node applies batches (V7 inserts it): a node holds it for a lease it renews with
 * every chunk, so two batches never run at once on any number of nodes, and a dead node's lease runs out.
 */
@Entity
@Table(name = "IMPORT_LOCK")
@NamedQuery(name = ImportLock.CLAIM, query = """
        UPDATE ImportLock l SET l.holder = :holder, l.leaseUntil = :leaseUntil
        WHERE l.name = :name AND (l.holder IS NULL OR l.holder = :holder OR l.leaseUntil < :now)""")
@NamedQuery(name = ImportLock.RELEASE, query = """
        UPDATE ImportLock l SET l.holder = NULL, l.leaseUntil = NULL WHERE l.name = :name AND l.holder = :holder""")
public class ImportLock {

    public static final String CLAIM = "ImportLock.claim";
    public static final String RELEASE = "ImportLock.release";
    public static final String IMPORT = "import";

    @Id
    @Column(name = "NAME", length = 20)
    private String name;

    @Column(name = "HOLDER", length = 100)
    private String holder;

    @Column(name = "LEASE_UNTIL")
    private Instant leaseUntil;

    protected ImportLock() {
    }

    public ImportLock(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }
}
