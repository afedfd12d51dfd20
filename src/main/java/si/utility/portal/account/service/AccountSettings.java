package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configurable numbers of the account lifecycle (defaults in microprofile-config.properties). */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "portal.token.activation-hours")
    long activationHours;

    @Inject
    @ConfigProperty(name = "portal.token.password-reset-minutes")
    long passwordResetMinutes;

    @Inject
    @ConfigProperty(name = "portal.token.email-change-hours")
    long emailChangeHours;

    @Inject
    @ConfigProperty(name = "portal.login.captcha-after-failures")
    int captchaAfterFailures;

    @Inject
    @ConfigProperty(name = "portal.login.captcha-after-failures-per-address")
    int captchaAfterFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "portal.registration.attempts-per-payer")
    int registrationAttemptsPerPayer;

    @Inject
    @ConfigProperty(name = "portal.registration.attempts-per-address")
    int registrationAttemptsPerAddress;

    public Duration activationLifetime() {
        return Duration.ofHours(activationHours);
    }

    public Duration passwordResetLifetime() {
        return Duration.ofMinutes(passwordResetMinutes);
    }

    public Duration emailChangeLifetime() {
        return Duration.ofHours(emailChangeHours);
    }

    public int captchaAfterFailures() {
        return captchaAfterFailures;
    }

    public int captchaAfterFailuresPerAddress() {
        return captchaAfterFailuresPerAddress;
    }

    public int registrationAttemptsPerPayer() {
        return registrationAttemptsPerPayer;
    }

    public int registrationAttemptsPerAddress() {
        return registrationAttemptsPerAddress;
    }
}
