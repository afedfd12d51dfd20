package si.utility.portal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Odjemno mesto: a place where services are delivered and billed. Who it belongs to changes over time (moves):
 * see {@link PointOccupancy}; a payer reaches a point only through theirs ({@link PayerPoint}).
 */
@Entity
@Table(name = "CONSUMPTION_POINT",
        uniqueConstraints = @UniqueConstraint(name = "UK_CONSUMPTION_POINT_CODE", columnNames = "CODE"))
public class ConsumptionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public boolean isMetered() {
        return metered;
    }

    public List<UtilityService> getServices() {
        return Collections.unmodifiableList(services);
    }
}
