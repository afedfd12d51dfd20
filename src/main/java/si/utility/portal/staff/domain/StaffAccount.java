package si.utility.portal.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A clerk's or administrator's log-in to the back office. Its own table: no customer account can become staff, no
 * staff account can open customer pages. Usable once the setup link was followed: password set and the
 * authenticator app enrolled.
 */
@Entity
@Table(name = "STAFF_ACCOUNT")
@NamedQuery(name = StaffAccount.FIND_BY_EMAIL, query = "SELECT s FROM StaffAccount s WHERE s.email = :email")
@NamedQuery(name = StaffAccount.LIST, query = "SELECT s FROM StaffAccount s ORDER BY s.name, s.id")
public class StaffAccount {

    public static final String FIND_BY_EMAIL = "StaffAccount.findByEmail";
    public static final String LIST = "StaffAccount.list";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 10)
    private StaffRole role;

    @Column(name = "LANGUAGE", nullable = false, length = 8)
    private String language;

    @Column(name = "PASSWORD_HASH", length = 200)
    private String passwordHash;

    @Column(name = "TOTP_SECRET", length = 64)
    private String totpSecret;

    @Column(name = "TOTP_ENROLLED", nullable = false)
    private boolean totpEnrolled;

    @Column(name = "TOTP_LAST_STEP", nullable = false)
    private long totpLastStep;

    @Column(name = "DISABLED", nullable = false)
    private boolean disabled;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_LOGIN_AT")
    private Instant lastLoginAt;

    protected StaffAccount() {
    }

    public StaffAccount(String email, String name, StaffRole role, Locale locale, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.name = name.strip();
        this.role = role;
        this.language = locale.getLanguage();
        this.createdAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Set up and not disabled: the only state in which a log-in can succeed. */
    public boolean canLogIn() {
        return !disabled && passwordHash != null && totpEnrolled;
    }

    /** A new password and a new, not yet confirmed secret: the setup link's first step. */
    public void startSetup(String newPasswordHash, String newTotpSecret) {
        passwordHash = newPasswordHash;
        totpSecret = newTotpSecret;
        totpEnrolled = false;
        totpLastStep = 0;
    }

    /** The authenticator app gave a right code for the new secret at {@code step}. */
    public void confirmSecondFactor(long step) {
        totpEnrolled = true;
        totpLastStep = step;
    }

    /**
     * Takes a code's time step once: false when this or a later step was used already (a replayed code).
     */
    public boolean useTotpStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** The admin's reset: the staff member must follow a new setup link to enrol an app again. */
    public void resetSecondFactor() {
        totpSecret = null;
        totpEnrolled = false;
        totpLastStep = 0;
    }

    public void loggedIn(Instant at) {
        lastLoginAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTotpEnrolled() {
        return totpEnrolled;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

}
