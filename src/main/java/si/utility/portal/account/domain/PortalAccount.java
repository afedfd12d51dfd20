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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import si.utility.portal.core.domain.Payer;

/** Uporabniški račun: a customer's login to the portal, one per payer code. */
@Entity
@Table(name = "PORTAL_ACCOUNT",
        uniqueConstraints = {
                @UniqueConstraint(name = "UK_ACCOUNT_PAYER", columnNames = "PAYER_ID"),
                @UniqueConstraint(name = "UK_ACCOUNT_EMAIL", columnNames = "EMAIL")},
        indexes = @Index(name = "IX_ACCOUNT_STATUS", columnList = "STATUS"))
@NamedQuery(name = PortalAccount.FIND_BY_LOGIN,
        query = "SELECT a FROM PortalAccount a WHERE a.payer.code = :payerCode OR a.email = :email")
@NamedQuery(name = PortalAccount.COUNT_BY_PAYER,
        query = "SELECT COUNT(a) FROM PortalAccount a WHERE a.payer = :payer")
@NamedQuery(name = PortalAccount.COUNT_BY_EMAIL,
        query = "SELECT COUNT(a) FROM PortalAccount a WHERE a.email = :email")
@NamedQuery(name = PortalAccount.SESSION_VERSION_OF,
        query = "SELECT a.sessionVersion FROM PortalAccount a WHERE a.id = :id")
public class PortalAccount {

    public static final String FIND_BY_LOGIN = "PortalAccount.findByLogin";
    public static final String COUNT_BY_PAYER = "PortalAccount.countByPayer";
    public static final String COUNT_BY_EMAIL = "PortalAccount.countByEmail";
    public static final String SESSION_VERSION_OF = "PortalAccount.sessionVersionOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "PAYER_ID", nullable = false)
    private Payer payer;

    /** Stored lower-case, so the unique constraint and log-in by e-mail ignore case. */
    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    /** The name the portal greets the customer with; billing data never changes through it. */
    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private AccountStatus status;

    /** Why the utility blocked the account (the customer is told to call the office); null = not blocked. */
    @Column(name = "BLOCKED_REASON", length = 200)
    private String blockedReason;

    /** Language of the e-mails the portal sends to this customer. */
    @Column(name = "LANGUAGE", nullable = false, length = 8)
    private String language;

    /** Version of the consent text the customer accepted last; null until accepted or after withdrawal. */
    @Column(name = "CONSENT_VERSION")
    private Integer consentVersion;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "ACTIVATED_AT")
    private Instant activatedAt;

    @Column(name = "PASSWORD_CHANGED_AT", nullable = false)
    private Instant passwordChangedAt;

    /**
     * Raised whenever every session of the account must end (password changed, consent withdrawn). A session
     * remembers the value it started with; {@code SessionVersionFilter} ends it once the stored value differs,
     * so this holds on every server node and after restarts.
     */
    @Column(name = "SESSION_VERSION", nullable = false)
    private int sessionVersion;

    @Version
    private long version;

    protected PortalAccount() {
    }

    public PortalAccount(Payer payer, String email, String passwordHash, Locale locale, Instant createdAt) {
        this.payer = payer;
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = payer.getName();
        this.status = AccountStatus.PENDING_ACTIVATION;
        this.language = locale.getLanguage();
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void activate(Instant at) {
        if (status == AccountStatus.PENDING_ACTIVATION) {
            status = AccountStatus.ACTIVE;
            activatedAt = at;
        }
    }

    /** A new password ends every session opened with the old one. */
    public void changePassword(String newHash, Instant at) {
        passwordHash = newHash;
        passwordChangedAt = at;
        endAllSessions();
    }

    /** Takes effect only through a confirmed link sent to the new address (see {@code EmailChangeService}). */
    public void changeEmail(String newEmail) {
        email = normalizeEmail(newEmail);
    }

    public void endAllSessions() {
        sessionVersion++;
    }

    public int getSessionVersion() {
        return sessionVersion;
    }

    /** The optimistic-lock version: a form that edits the account sends back the one it was shown. */
    public long getVersion() {
        return version;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** The back office blocks the account: no log-in from now on, and its sessions end at their next request. */
    public void block(String reason) {
        blockedReason = reason;
        endAllSessions();
    }

    public void unblock() {
        blockedReason = null;
    }

    public boolean isBlocked() {
        return blockedReason != null;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public boolean hasConsented(int currentVersion) {
        return consentVersion != null && consentVersion == currentVersion;
    }

    public void recordConsent(int acceptedVersion) {
        consentVersion = acceptedVersion;
    }

    public void withdrawConsent() {
        consentVersion = null;
    }

    public Long getId() {
        return id;
    }

    public Payer getPayer() {
        return payer;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public void setLocale(Locale locale) {
        this.language = locale.getLanguage();
    }

    public Integer getConsentVersion() {
        return consentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
