package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import si.utility.portal.account.domain.OneTimeToken;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.platform.security.SecureTokens;

/** Issues and redeems the one-time tokens of e-mailed links. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tokens {

    /** What a link's token turned out to be when the customer followed it. */
    public enum State {
        VALID, EXPIRED, USED, UNKNOWN
    }

    public record Lookup(State state, OneTimeToken token) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Issues a new token and retires the account's earlier unused ones of the same purpose, so only the
     * newest link works.
     *
     * @return the raw token for the link; it exists nowhere else once the mail is sent
     */
    public String issue(PortalAccount account, TokenPurpose purpose, Duration lifetime) {
        return issue(account, purpose, lifetime, null);
    }

    public String issue(PortalAccount account, TokenPurpose purpose, Duration lifetime, String newEmail) {
        Instant now = clock.instant();
        retireUnused(account, purpose);
        String raw = SecureTokens.newToken();
        OneTimeToken token = new OneTimeToken(account, purpose, SecureTokens.hash(raw), now, now.plus(lifetime));
        token.setNewEmail(newEmail);
        em.persist(token);
        return raw;
    }

    public Lookup find(String raw, TokenPurpose purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return new Lookup(State.UNKNOWN, null);
        }
        Optional<OneTimeToken> found = em.createNamedQuery(OneTimeToken.FIND_BY_HASH, OneTimeToken.class)
                .setParameter("hash", SecureTokens.hash(raw.strip()))
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return new Lookup(State.UNKNOWN, null);
        }
        OneTimeToken token = found.get();
        if (token.isUsed()) {
            return new Lookup(State.USED, token);
        }
        return new Lookup(token.isExpired(clock.instant()) ? State.EXPIRED : State.VALID, token);
    }

    /** Marks a valid token used; the version check makes a second, concurrent use fail. */
    public void use(OneTimeToken token) {
        token.markUsed(clock.instant());
        em.flush();
    }

    /**
     * Retires every unused link of the account, of every purpose: after a new password, no link mailed before
     * (a pending e-mail change a thief asked for, an old reset link) may still work.
     */
    public void retireAllUnused(PortalAccount account) {
        Instant now = clock.instant();
        em.createNamedQuery(OneTimeToken.FIND_ALL_UNUSED_BY_ACCOUNT, OneTimeToken.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(token -> token.markUsed(now));
    }

    public void retireUnused(PortalAccount account, TokenPurpose purpose) {
        Instant now = clock.instant();
        em.createNamedQuery(OneTimeToken.FIND_UNUSED_BY_ACCOUNT, OneTimeToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(token -> token.markUsed(now));
    }
}
