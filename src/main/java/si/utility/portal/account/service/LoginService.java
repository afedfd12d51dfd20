package si.utility.portal.account.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.account.domain.LoginName;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.logging.LogSafe;
import si.utility.portal.platform.metrics.Metrics;
import si.utility.portal.platform.security.AttemptCounter;
import si.utility.portal.platform.security.LoginThrottle;
import si.utility.portal.platform.security.PasswordHasher;

/**
 * Checks log-in attempts against stored password hashes and slows down repeated failures. Failures are counted
 * per account (its payer code and its e-mail address share one counter), per unknown login name, and, as a
 * second line, per client address, all in the database; the password is hashed only once both counters allow
 * the attempt. Every outcome is written to the audit log.
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    static final String ACCOUNT = "login-account";
    static final String UNKNOWN_NAME = "login-name";
    static final String ADDRESS = "login-address";

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AttemptCounter counter;

    @Inject
    AccountSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Metrics metrics;

    private LoginThrottle nameThrottle;
    private LoginThrottle addressThrottle;

    /** The counter an attempt is charged to, and the account when the login name names one. */
    private record Attempt(String kind, String subject, Optional<PortalAccount> account) {
    }

    @PostConstruct
    void init() {
        nameThrottle = new LoginThrottle(settings.captchaAfterFailures());
        addressThrottle = new LoginThrottle(settings.captchaAfterFailuresPerAddress());
    }

    public boolean captchaRequired(String login, String clientAddress) {
        Optional<Attempt> attempt = LoginName.of(login).map(this::attemptOf);
        return attempt.isPresent() && nameThrottle.captchaRequired(counter.current(attempt.get().kind(),
                attempt.get().subject()))
                || addressThrottle.captchaRequired(counter.current(ADDRESS, clientAddress));
    }

    /** Counted as {@code portal.logins} with outcome ok, throttled or failed. */
    public LoginResult verify(String login, String password, String clientAddress) {
        LoginResult result = decide(login, password, clientAddress);
        metrics.count("portal.logins", "outcome", switch (result.outcome()) {
            case SUCCESS -> "ok";
            case THROTTLED -> "throttled";
            default -> "failed";
        });
        return result;
    }

    private LoginResult decide(String login, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<Attempt> attempt = LoginName.of(login).map(this::attemptOf);
        Duration wait = addressThrottle.waitBeforeNextAttempt(counter.current(ADDRESS, clientAddress), now);
        if (attempt.isPresent()) {
            Duration nameWait = nameThrottle.waitBeforeNextAttempt(
                    counter.current(attempt.get().kind(), attempt.get().subject()), now);
            wait = nameWait.compareTo(wait) > 0 ? nameWait : wait;
        }
        Optional<PortalAccount> account = attempt.flatMap(Attempt::account);
        Actor actor = account.map(a -> Actor.customer(a.getId(), clientAddress))
                .orElseGet(() -> Actor.anonymous(clientAddress));
        if (!wait.isZero()) {
            audit(actor, AuditAction.CUSTOMER_LOGIN_THROTTLED, account, null);
            return LoginResult.throttled(wait);
        }
        if (attempt.isEmpty() || !LoginName.isPlausible(password)) {
            // No account has such a name and no password is that long: answered without hashing anything.
            counter.recordFailure(ADDRESS, clientAddress);
            audit(actor, AuditAction.CUSTOMER_LOGIN_FAILED, account, "password");
            return LoginResult.of(LoginResult.Outcome.INVALID);
        }
        boolean passwordMatches;
        if (account.isPresent()) {
            passwordMatches = hasher.verify(password, account.get().getPasswordHash());
        } else {
            hasher.verifyDecoy(password);
            passwordMatches = false;
        }
        if (!passwordMatches) {
            counter.recordFailure(attempt.get().kind(), attempt.get().subject());
            counter.recordFailure(ADDRESS, clientAddress);
            LOG.info(() -> "Failed log-in " + account.map(a -> "for portal account " + a.getId())
                    .orElse("with an unknown login name") + " from " + LogSafe.quote(clientAddress));
            audit(actor, AuditAction.CUSTOMER_LOGIN_FAILED, account, "password");
            return LoginResult.of(LoginResult.Outcome.INVALID);
        }
        counter.forget(attempt.get().kind(), attempt.get().subject());
        if (!account.get().isActive()) {
            audit(actor, AuditAction.CUSTOMER_LOGIN_FAILED, account, "not activated");
            return LoginResult.of(LoginResult.Outcome.NOT_ACTIVATED);
        }
        if (account.get().isBlocked()) {
            audit(actor, AuditAction.CUSTOMER_LOGIN_FAILED, account, "blocked");
            return LoginResult.of(LoginResult.Outcome.BLOCKED);
        }
        audit(actor, AuditAction.CUSTOMER_LOGIN, account, null);
        return LoginResult.success(account.get().getId());
    }

    private void audit(Actor actor, AuditAction action, Optional<PortalAccount> account, String detail) {
        audit.record(actor, action, account.map(a -> a.getPayer().getId()).orElse(null),
                account.map(PortalAccount::getId).orElse(null), detail);
    }

    private Attempt attemptOf(LoginName name) {
        Optional<PortalAccount> account = accounts.findByLogin(name);
        return account.map(a -> new Attempt(ACCOUNT, String.valueOf(a.getId()), account))
                .orElseGet(() -> new Attempt(UNKNOWN_NAME, name.email(), account));
    }
}
