package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.account.domain.PasswordPolicy;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.platform.security.SecureTokens;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.PortalLinks;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;
import si.utility.portal.staff.domain.StaffToken;

/**
 * How staff accounts come to be usable: the first admin from {@code portal.staff.bootstrap-email}, the setup link
 * (mailed to a new or reset account), and the password set by following it. The authenticator app is enrolled
 * at the first log-in ({@link StaffLoginService}).
 */
@ApplicationScoped
public class StaffSetup {

    public static final String SETUP_PATH = "/staff/setup";
    private static final Logger LOG = Logger.getLogger(StaffSetup.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffMails mails;

    @Inject
    StaffSettings settings;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalLinks links;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the staff log-in page says about the first admin. */
    public enum Bootstrap {
        /** Nothing to say: the bootstrap admin is set up, or other staff can log in and none is configured. */
        DONE,
        /** The bootstrap address's admin is not set up yet; its setup link was mailed (now or earlier). */
        LINK_MAILED,
        /** No staff account can log in and {@code portal.staff.bootstrap-email} is empty. */
        NOT_CONFIGURED
    }

    /**
     * Makes sure the address in {@code portal.staff.bootstrap-email} has an admin account and, until that account
     * is set up, one valid setup link in its mailbox: called when someone opens the staff log-in page, so the link
     * is built from the address the back office is reached at. Changing the setting later to an address without
     * a staff account makes a new admin for it: the way back in when every admin is lost. Remove the setting once
     * the back office is set up.
     */
    @Transactional
    public Bootstrap bootstrap(String clientAddress) {
        Optional<String> email = settings.bootstrapEmail();
        if (email.isEmpty()) {
            return accounts.list().stream().anyMatch(StaffAccount::canLogIn) ? Bootstrap.DONE
                    : Bootstrap.NOT_CONFIGURED;
        }
        StaffAccount admin = accounts.findByEmail(email.get()).orElseGet(() -> {
            StaffAccount created = new StaffAccount(email.get(), "Administrator", StaffRole.ADMIN,
                    Locale.forLanguageTag("sl"), clock.instant());
            em.persist(created);
            return created;
        });
        if (admin.canLogIn() || admin.isDisabled() || admin.getPasswordHash() != null) {
            return Bootstrap.DONE;
        }
        boolean linkPending = em.createNamedQuery(StaffToken.FIND_UNUSED_BY_STAFF, StaffToken.class)
                .setParameter("staff", admin).getResultStream().anyMatch(t -> t.isUsable(clock.instant()));
        if (!linkPending) {
            em.flush();
            mailSetupLink(admin);
            audit.record(Actor.anonymous(clientAddress), AuditAction.STAFF_SETUP_MAILED, "staff:" + admin.getId()
                    + " (bootstrap admin)");
            LOG.info(() -> "Mailed the bootstrap admin's setup link to staff account " + admin.getId());
        }
        return Bootstrap.LINK_MAILED;
    }

    /** Retires the account's earlier links and mails a new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mailSetupLink(StaffAccount staff) {
        Instant now = clock.instant();
        em.createNamedQuery(StaffToken.FIND_UNUSED_BY_STAFF, StaffToken.class).setParameter("staff", staff)
                .getResultList().forEach(token -> token.markUsed(now));
        String raw = SecureTokens.newToken();
        em.persist(new StaffToken(staff, SecureTokens.hash(raw), now, now.plus(settings.setupLinkLifetime())));
        mails.sendSetupLink(staff, links.withToken(SETUP_PATH, raw), settings.setupLinkLifetime());
    }

    /** Whether the link still works: known, unused, not expired, its account not disabled. */
    public boolean isUsableLink(String rawToken) {
        return find(rawToken).isPresent();
    }

    /**
     * Sets the password of the link's account and uses the link up. The second factor is enrolled at the next
     * log-in; an account whose app was reset keeps needing a new one.
     *
     * @return the rules the password broke, nothing written then; empty violations when it was set
     */
    @Transactional
    public Violations setPassword(String rawToken, String password, String repeat, String clientAddress) {
        Optional<StaffToken> token = find(rawToken);
        if (token.isEmpty()) {
            return new Violations().add("token", "staff.setup.invalidLink");
        }
        StaffAccount staff = token.get().getStaff();
        Violations violations = PasswordPolicy.check(password, repeat, "password", "repeat", staff.getEmail());
        if (!violations.isEmpty()) {
            return violations;
        }
        token.get().markUsed(clock.instant());
        staff.startSetup(hasher.hash(password), null);
        audit.record(Actor.staff(staff.getId(), clientAddress), AuditAction.STAFF_SETUP_COMPLETED, null);
        return violations;
    }

    private Optional<StaffToken> find(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(StaffToken.FIND_BY_HASH, StaffToken.class)
                .setParameter("hash", SecureTokens.hash(rawToken.strip()))
                .getResultStream()
                .filter(t -> t.isUsable(now) && !t.getStaff().isDisabled())
                .findFirst();
    }
}
