package si.utility.portal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/** Plačnik (šifra plačnika): the customer who receives and pays the invoices. */
@Entity
@Table(name = "PAYER", uniqueConstraints = {
        @UniqueConstraint(name = "UK_PAYER_CODE", columnNames = "CODE"),
        @UniqueConstraint(name = "UK_PAYER_EXTERNAL_ID", columnNames = "EXTERNAL_ID")},
        indexes = @Index(name = "IX_PAYER_OPEN_ITEMS_LISTED_IN", columnList = "OPEN_ITEMS_LISTED_IN"))
@NamedQuery(name = Payer.FIND_BY_CODE, query = "SELECT p FROM Payer p WHERE p.code = :code")
public class Payer implements Sourced {

    public static final String FIND_BY_CODE = "Payer.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The billing system's key and version; {@link SourceKey#NONE} for records the portal made. */
    @Embedded
    private SourceKey sourceKey;

    /** The batch whose full open_items file last named this payer (docs/exchange-format.md, full mode). */
    @Column(name = "OPEN_ITEMS_LISTED_IN", length = SourceKey.MAX_EXTERNAL_ID_LENGTH)
    private String openItemsListedIn;

    @Column(name = "CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "POST_CODE", length = 10)
    private String postCode;

    @Column(name = "CITY", length = 100)
    private String city;

    protected Payer() {
    }

    public Payer(String code, String name, String street, String postCode, String city) {
        this.code = code;
        this.name = name;
        this.street = street;
        this.postCode = postCode;
        this.city = city;
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

    public SourceKey getSourceKey() {
        return sourceKey == null ? SourceKey.NONE : sourceKey;
    }

    public void setSourceKey(SourceKey sourceKey) {
        this.sourceKey = sourceKey;
    }

    /** Takes the billing system's values; answers whether anything changed. */
    public boolean update(String code, String name, String street, String postCode, String city) {
        boolean changed = !Objects.equals(this.code, code) || !Objects.equals(this.name, name)
                || !Objects.equals(this.street, street) || !Objects.equals(this.postCode, postCode)
                || !Objects.equals(this.city, city);
        this.code = code;
        this.name = name;
        this.street = street;
        this.postCode = postCode;
        this.city = city;
        return changed;
    }
}
