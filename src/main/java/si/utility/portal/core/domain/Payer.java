package si.utility.portal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Plačnik (šifra plačnika): the customer who receives and pays the invoices. */
@Entity
@Table(name = "PAYER", uniqueConstraints = @UniqueConstraint(name = "UK_PAYER_CODE", columnNames = "CODE"))
@NamedQuery(name = Payer.FIND_BY_CODE, query = "SELECT p FROM Payer p WHERE p.code = :code")
public class Payer {

    public static final String FIND_BY_CODE = "Payer.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
}
