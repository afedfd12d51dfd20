package si.utility.portal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now" for the whole portal. Inject {@link Clock} instead of calling
 * {@code Instant.now()}, so tests can move time (token expiry, reading windows).
 */
@ApplicationScoped
public class ClockProducer {

    /** Customers, invoices and meter readings all live in Slovenian local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
