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
import java.time.Instant;

/** Soglasje za obdelavo osebnih podatkov: one decision of a customer on one version of the GDPR text. */
@Entity
@Table(name = "CONSENT_RECORD", indexes = @Index(name = "IX_CONSENT_ACCOUNT", columnList = "ACCOUNT_ID, DECIDED_AT"))
@NamedQuery(name = ConsentRecord.FIND_BY_ACCOUNT,
        query = "SELECT c FROM ConsentRecord c WHERE c.account = :account ORDER BY c.decidedAt DESC, c.id DESC")
public class ConsentRecord {

    public static final String FIND_BY_ACCOUNT = "ConsentRecord.findByAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false)
    private PortalAccount account;

    @Column(name = "CONSENT_VERSION", nullable = false)
    private int consentVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", nullable = false, length = 12)
    private ConsentDecision decision;

    @Column(name = "DECIDED_AT", nullable = false)
    private Instant decidedAt;

    protected ConsentRecord() {
    }

    public ConsentRecord(PortalAccount account, int consentVersion, ConsentDecision decision, Instant decidedAt) {
        this.account = account;
        this.consentVersion = consentVersion;
        this.decision = decision;
        this.decidedAt = decidedAt;
    }

    public int getConsentVersion() {
        return consentVersion;
    }

    public ConsentDecision getDecision() {
        return decision;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
