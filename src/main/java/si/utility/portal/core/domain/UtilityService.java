package si.utility.portal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/** Storitev: a service the utility delivers and bills, such as drinking water or waste collection. */
@Entity
@Table(name = "UTILITY_SERVICE",
        uniqueConstraints = {@UniqueConstraint(name = "UK_UTILITY_SERVICE_CODE", columnNames = "CODE"),
                @UniqueConstraint(name = "UK_UTILITY_SERVICE_EXTERNAL_ID", columnNames = "EXTERNAL_ID")})
public class UtilityService implements Sourced {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    @Column(name = "CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "UNIT", nullable = false, length = 20)
    private String unit;

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

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    public boolean update(String code, String name, String unit) {
        boolean changed = !Objects.equals(this.code, code) || !Objects.equals(this.name, name)
                || !Objects.equals(this.unit, unit);
        this.code = code;
        this.name = name;
        this.unit = unit;
        return changed;
    }
}
