package si.utility.portal.platform.captcha;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The testing switch that fixes the captcha's answer; off unless portal.captcha.fixed-answer is set. */
@ApplicationScoped
public class CaptchaSettings {

    private static final Logger LOG = Logger.getLogger(CaptchaSettings.class.getName());

    @Inject
    @ConfigProperty(name = "portal.captcha.fixed-answer")
    Optional<String> fixedAnswer;

    void warnWhenFixed(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (fixedAnswer.isPresent()) {
            LOG.severe("""
                    *****************************************************************
                    * portal.captcha.fixed-answer is set: the captcha does not stop  *
                    * robots. This is for automated tests only, never in production. *
                    *****************************************************************""");
        }
    }

    Optional<String> fixedAnswer() {
        return fixedAnswer;
    }
}
