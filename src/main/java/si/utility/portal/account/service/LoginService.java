package si.utility.portal.account.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.security.PasswordHasher;

/** Checks log-in attempts against stored password hashes and slows down repeated failures. */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(settings.captchaAfterFailures());
    }

    public boolean captchaRequired(String login) {
        return login != null && throttle.captchaRequired(Accounts.normalizeLogin(login), clock.instant());
    }

    public LoginResult verify(String login, String password) {
        String name = Accounts.normalizeLogin(login);
        Instant now = clock.instant();
        Duration wait = throttle.waitBeforeNextAttempt(name, now);
        if (!wait.isZero()) {
            return LoginResult.throttled(wait);
        }
        Optional<PortalAccount> account = accounts.findByLogin(name);
        boolean passwordMatches;
        if (account.isPresent()) {
            passwordMatches = hasher.verify(password, account.get().getPasswordHash());
        } else {
            hasher.verifyDecoy(password);
            passwordMatches = false;
        }
        if (!passwordMatches) {
            throttle.recordFailure(name, now);
            LOG.info(() -> "Failed log-in for login name " + name);
            return LoginResult.of(LoginResult.Outcome.INVALID);
        }
        throttle.recordSuccess(name);
        if (!account.get().isActive()) {
            return LoginResult.of(LoginResult.Outcome.NOT_ACTIVATED);
        }
        return LoginResult.success(account.get().getId());
    }
}
