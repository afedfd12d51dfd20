package si.utility.portal.integration.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.security.AttemptCounter;
import si.utility.portal.platform.validation.PlainText;

/** Creates, lists and revokes integration clients, and tells which client (if any) an API key belongs to. */
@ApplicationScoped
public class IntegrationClients {

    private static final Logger LOG = Logger.getLogger(IntegrationClients.class.getName());
    static final String FAILED_KEY_PER_ADDRESS = "api-key-address";
    static final int MAX_NAME_LENGTH = 100;
    /** "Last used" is a hint for administrators, not an audit log: one write a minute per client is enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** A client just created, with the key that is shown this once. */
    public record CreatedClient(long id, String name, String key) {
    }

    /** What the API says to a request's key. */
    public sealed interface Verdict {
        record Admitted(long clientId, String name) implements Verdict {
        }

        record Refused() implements Verdict {
        }

        record Throttled(Duration retryAfter) implements Verdict {
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AttemptCounter attempts;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.api.failures-per-address", defaultValue = "20")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "portal.api.pause-minutes", defaultValue = "15")
    int pauseMinutes;

    /** A client's name: 1 to {@value #MAX_NAME_LENGTH} characters (stripped), no control characters. */
    public static boolean isValidName(String name) {
        String cleanName = name == null ? "" : name.strip();
        return !cleanName.isEmpty() && cleanName.length() <= MAX_NAME_LENGTH
                && !PlainText.hasControlCharacters(cleanName);
    }

    @Transactional
    public CreatedClient create(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("A client name of 1 to " + MAX_NAME_LENGTH
                    + " characters without control characters is required");
        }
        String cleanName = name.strip();
        String key = ApiKeys.newKey();
        IntegrationClient client = new IntegrationClient(cleanName, ApiKeys.hash(key), clock.instant());
        em.persist(client);
        em.flush();
        LOG.info(() -> "Integration client " + client.getId() + " created");
        return new CreatedClient(client.getId(), cleanName, key);
    }

    public List<IntegrationClient> list() {
        return em.createNamedQuery(IntegrationClient.FIND_ALL, IntegrationClient.class).getResultList();
    }

    /** @return whether the client exists (revoking a revoked client again changes nothing) */
    @Transactional
    public boolean revoke(long clientId) {
        IntegrationClient client = em.find(IntegrationClient.class, clientId);
        if (client == null) {
            return false;
        }
        client.revoke(clock.instant());
        LOG.info(() -> "Integration client " + clientId + " revoked");
        return true;
    }

    /**
     * The client of a key, when the key is known and not revoked. A wrong key counts against the client address
     * and is audited; an address over the limit is refused before the key is looked at (not audited: its wrong
     * keys were, and a throttled address could otherwise write rows without end).
     */
    @Transactional
    public Verdict verify(String key, String clientAddress) {
        Instant now = clock.instant();
        Duration wait = throttle().waitBeforeNextAttempt(attempts.current(FAILED_KEY_PER_ADDRESS, clientAddress), now);
        if (!wait.isZero()) {
            return new Verdict.Throttled(wait);
        }
        Optional<IntegrationClient> client = ApiKeys.isWellFormed(key)
                ? em.createNamedQuery(IntegrationClient.FIND_BY_KEY_HASH, IntegrationClient.class)
                        .setParameter("keyHash", ApiKeys.hash(key)).getResultList().stream().findFirst()
                : Optional.empty();
        if (client.isEmpty() || client.get().isRevoked()) {
            attempts.recordFailure(FAILED_KEY_PER_ADDRESS, clientAddress);
            LOG.info(() -> client.isEmpty() ? "API request with an unknown key refused"
                    : "API request with the revoked key of client " + client.get().getId() + " refused");
            // Who sent it is unknown for a wrong key (nothing of the key is kept); a revoked key names its client.
            audit.record(client.map(c -> Actor.integration(c.getId(), clientAddress))
                    .orElseGet(() -> Actor.anonymous(clientAddress)), AuditAction.API_KEY_REFUSED,
                    client.isEmpty() ? "unknown key" : "revoked key");
            return new Verdict.Refused();
        }
        IntegrationClient admitted = client.get();
        if (admitted.getLastUsedAt() == null || admitted.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            admitted.usedAt(now);
        }
        return new Verdict.Admitted(admitted.getId(), admitted.getName());
    }

    private ApiKeyThrottle throttle() {
        return new ApiKeyThrottle(failuresPerAddress, Duration.ofMinutes(pauseMinutes));
    }
}
