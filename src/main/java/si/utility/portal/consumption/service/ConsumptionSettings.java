package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Thresholds of the consumption rules; defaults and meaning in microprofile-config.properties and README. */
@ApplicationScoped
public class ConsumptionSettings {

    @Inject
    @ConfigProperty(name = "portal.consumption.leak-factor", defaultValue = "2.0")
    double leakFactor;

    @Inject
    @ConfigProperty(name = "portal.consumption.implausible-factor", defaultValue = "3.0")
    double implausibleFactor;

    public double leakFactor() {
        return leakFactor;
    }

    public double implausibleFactor() {
        return implausibleFactor;
    }
}
