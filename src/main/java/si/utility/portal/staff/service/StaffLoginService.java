package si.utility.portal.staff.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import si.utility.portal.account.domain.PasswordPolicy;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.security.AttemptCounter;
import si.utility.portal.platform.security.LoginThrottle;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.platform.validation.EmailAddresses;
import si.utility.portal.staff.domain.StaffAccount;

/**
 * Checks a staff log-in: e-mail, password and the authenticator app's code, each code good once. Failures are
 * counted per account (or unknown e-mail) and per client address in the database, as for customers; past the
 * limit every further failure doubles the wait. Every outcome is audited.
 */
@ApplicationScoped
public class StaffLoginService {

    static final String ACCOUNT = "staff-login-account";
    static final String UNKNOWN_NAME = "staff-login-name";
    static final String ADDRESS = "staff-login-address";

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AttemptCounter counter;

    @Inject
    StaffSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private LoginThrottle accountThrottle;
    private LoginThrottle addressThrottle;

    @PostConstruct
    void init() {
        accountThrottle = new LoginThrottle(settings.failuresBeforeWait());
        addressThrottle = new LoginThrottle(settings.failuresBeforeWaitPerAddress());
    }

    @Transactional
    public StaffLoginResult verify(String email, String password, String code, String clientAddress) {
        Instant now = clock.instant();
        Optional<StaffAccount> account = EmailAddresses.isValid(email) ? accounts.findByEmail(email) : Optional.empty();
        String kind = account.isPresent() ? ACCOUNT : UNKNOWN_NAME;
        // Whatever is not an e-mail address (empty, 1 MB of text) shares one counter.
        String subject = account.map(a -> String.valueOf(a.getId()))
                .orElse(EmailAddresses.isValid(email) ? StaffAccount.normalizeEmail(email) : "");
        Duration wait = longer(addressThrottle.waitBeforeNextAttempt(counter.current(ADDRESS, clientAddress), now),
                accountThrottle.waitBeforeNextAttempt(counter.current(kind, subject), now));
        Actor actor = account.map(a -> Actor.staff(a.getId(), clientAddress))
                .orElseGet(() -> Actor.anonymous(clientAddress));
        if (!wait.isZero()) {
            audit.record(actor, AuditAction.STAFF_LOGIN_THROTTLED, null);
            return StaffLoginResult.throttled(wait);
        }
        if (password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            return failed(kind, subject, actor, "password");
        }
        boolean passwordMatches = account.filter(a -> a.getPasswordHash() != null)
                .map(a -> hasher.verify(password, a.getPasswordHash()))
                .orElseGet(() -> {
                    hasher.verifyDecoy(password);
                    return false;
                });
        if (!passwordMatches || account.get().isDisabled()) {
            return failed(kind, subject, actor, passwordMatches ? "disabled" : "password");
        }
        StaffAccount staff = account.get();
        if (!staff.isTotpEnrolled()) {
            return enrol(staff, code, now, actor, kind, subject);
        }
        OptionalLong step = TotpCodes.matchingStep(staff.getTotpSecret(), code, now);
        if (step.isEmpty() || !staff.useTotpStep(step.getAsLong())) {
            return failed(kind, subject, actor, step.isEmpty() ? "code" : "code replayed");
        }
        return succeeded(staff, kind, subject, actor, now);
    }

    /** The first log-in: a new secret to show, or the app's first code for the secret shown. */
    private StaffLoginResult enrol(StaffAccount staff, String code, Instant now, Actor actor, String kind,
            String subject) {
        if (staff.getTotpSecret() == null) {
            staff.startSetup(staff.getPasswordHash(), TotpCodes.newSecret());
        }
        if (code == null || code.isBlank()) {
            return StaffLoginResult.enrolmentNeeded(staff.getTotpSecret());
        }
        OptionalLong step = TotpCodes.matchingStep(staff.getTotpSecret(), code, now);
        if (step.isEmpty()) {
            counter.recordFailure(kind, subject);
            counter.recordFailure(ADDRESS, actor.clientAddress());
            audit.record(actor, AuditAction.STAFF_LOGIN_FAILED, "enrolment code");
            return StaffLoginResult.enrolmentNeeded(staff.getTotpSecret());
        }
        staff.confirmSecondFactor(step.getAsLong());
        return succeeded(staff, kind, subject, actor, now);
    }

    private StaffLoginResult succeeded(StaffAccount staff, String kind, String subject, Actor actor, Instant now) {
        counter.forget(kind, subject);
        staff.loggedIn(now);
        audit.record(actor, AuditAction.STAFF_LOGIN, null);
        return StaffLoginResult.success(staff.getId(), staff.getRole());
    }

    private StaffLoginResult failed(String kind, String subject, Actor actor, String reason) {
        counter.recordFailure(kind, subject);
        counter.recordFailure(ADDRESS, actor.clientAddress());
        audit.record(actor, AuditAction.STAFF_LOGIN_FAILED, reason);
        return StaffLoginResult.invalid();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
