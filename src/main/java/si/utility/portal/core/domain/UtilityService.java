package si.utility.portal.core.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;

/** Storitev: a service the utility delivers and bills, such as drinking water or waste collection. */
@Entity
@Cacheable
@Table(name = "UTILITY_SERVICE",
        uniqueConstraints = @UniqueConstraint(name = "UK_UTILITY_SERVICE_CODE", columnNames = "CODE"),
        indexes = @Index(name = "IX_UTILITY_SERVICE_EXTERNAL_ID", columnList = "EXTERNAL_ID"))
@NamedQuery(name = UtilityService.FIND_BY_EXTERNAL_ID,
        query = "SELECT s FROM UtilityService s WHERE s.externalId = :externalId")
public class UtilityService {

    public static final String FIND_BY_EXTERNAL_ID = "UtilityService.findByExternalId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "UNIT", nullable = false, length = 20)
    private String unit;

    /** The billing system's key (exchange file {@code services}); none for services made otherwise. */
    @Column(name = "EXTERNAL_ID", length = 100)
    private String externalId;

    /** The billing system's version of the row; an older one never overwrites a newer one. */
    @Column(name = "VERSION")
    private Long version;

    protected UtilityService() {
    }

    public UtilityService(String code, String name, String unit) {
        this.code = code;
        this.name = name;
        this.unit = unit;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getVersion() {
        return version;
    }

    /** Takes the billing system's values; answers whether anything changed. */
    public boolean update(String externalId, String code, String name, String unit, Long version) {
        boolean changed = !Objects.equals(this.code, code) || !Objects.equals(this.name, name)
                || !Objects.equals(this.unit, unit) || !Objects.equals(this.externalId, externalId)
                || !Objects.equals(this.version, version);
        this.externalId = externalId;
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.version = version;
        return changed;
    }
}
