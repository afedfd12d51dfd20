package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The back office's settings (defaults in microprofile-config.properties). */
@ApplicationScoped
public class StaffSettings {

    @Inject
    @ConfigProperty(name = "portal.staff.bootstrap-email")
    Optional<String> bootstrapEmail;

    @Inject
    @ConfigProperty(name = "portal.staff.setup-link-hours")
    long setupLinkHours;

    @Inject
    @ConfigProperty(name = "portal.staff.idle-minutes")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "portal.staff.login.failures-before-wait")
    int failuresBeforeWait;

    @Inject
    @ConfigProperty(name = "portal.staff.login.failures-before-wait-per-address")
    int failuresBeforeWaitPerAddress;

    public Optional<String> bootstrapEmail() {
        return bootstrapEmail.map(String::strip).filter(email -> !email.isEmpty());
    }

    public Duration setupLinkLifetime() {
        return Duration.ofHours(setupLinkHours);
    }

    public Duration idleTimeout() {
        return Duration.ofMinutes(idleMinutes);
    }

    public int failuresBeforeWait() {
        return failuresBeforeWait;
    }

    public int failuresBeforeWaitPerAddress() {
        return failuresBeforeWaitPerAddress;
    }
}
