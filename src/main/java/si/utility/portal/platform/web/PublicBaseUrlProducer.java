package si.utility.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured {@link PublicBaseUrl}; {@link StartupWebSettings} makes a wrong value stop the start-up. */
@ApplicationScoped
public class PublicBaseUrlProducer {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoMode;

    /** @throws IllegalStateException when the value cannot be used (see {@link PublicBaseUrl#of}) */
    @Produces
    public PublicBaseUrl publicBaseUrl() {
        return PublicBaseUrl.of(baseUrl, demoMode);
    }
}
