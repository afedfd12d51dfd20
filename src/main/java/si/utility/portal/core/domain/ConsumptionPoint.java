package si.utility.portal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/**
 * Odjemno mesto: a place where services are delivered and billed. Who it belongs to changes over time (moves):
 * see {@link PointOccupancy}; a payer reaches a point only through theirs ({@link PayerPoint}).
 */
@Entity
@NamedQuery(name = ConsumptionPoint.FIND_SERVICES, query = """
        SELECT p.id, s FROM ConsumptionPoint p JOIN p.services s
        WHERE p.id IN :consumptionPointIds
        ORDER BY s.code""")
@Table(name = "CONSUMPTION_POINT",
        uniqueConstraints = {@UniqueConstraint(name = "UK_CONSUMPTION_POINT_CODE", columnNames = "CODE"),
                @UniqueConstraint(name = "UK_CONSUMPTION_POINT_EXTERNAL_ID", columnNames = "EXTERNAL_ID")})
public class ConsumptionPoint implements Sourced {

    /** Pairs of a point's id and one of its services, in the order of {@link #getServices}. */
    public static final String FIND_SERVICES = "ConsumptionPoint.findServices";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    @Column(name = "CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "POST_CODE", length = 10)
    private String postCode;

    @Column(name = "CITY", length = 100)
    private String city;

    /** Points without a meter are billed flat rates and cannot report meter readings. */
    @Column(name = "METERED", nullable = false)
    private boolean metered;

    @ManyToMany
    @JoinTable(name = "CONSUMPTION_POINT_SERVICE",
            joinColumns = @JoinColumn(name = "CONSUMPTION_POINT_ID"),
            inverseJoinColumns = @JoinColumn(name = "SERVICE_ID"),
            indexes = @Index(name = "IX_CONSUMPTION_POINT_SERVICE_SERVICE", columnList = "SERVICE_ID"))
    @OrderBy("code")
    private List<UtilityService> services = new ArrayList<>();

    protected ConsumptionPoint() {
    }

    public ConsumptionPoint(String code, String street, String postCode, String city, boolean metered,
            Collection<UtilityService> services) {
        this.code = code;
        this.street = street;
        this.postCode = postCode;
        this.city = city;
        this.metered = metered;
        this.services.addAll(services);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getStreet() {
        return street;
    }

    public String getPostCode() {
        return postCode;
    }

    public String getCity() {
        return city;
    }

    /** Street, post code and city on one line. */
    public String getAddress() {
        return PostalAddress.oneLine(street, postCode, city);
    }

    public boolean isMetered() {
        return metered;
    }

    public List<UtilityService> getServices() {
        return Collections.unmodifiableList(services);
    }

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    public boolean update(String code, String street, String postCode, String city, boolean metered) {
        boolean changed = !Objects.equals(this.code, code) || !Objects.equals(this.street, street)
                || !Objects.equals(this.postCode, postCode) || !Objects.equals(this.city, city)
                || this.metered != metered;
        this.code = code;
        this.street = street;
        this.postCode = postCode;
        this.city = city;
        this.metered = metered;
        return changed;
    }

    /** Adds the service unless the point has it; answers whether it was added. */
    public boolean addService(UtilityService service) {
        if (services.contains(service)) {
            return false;
        }
        services.add(service);
        return true;
    }
}
