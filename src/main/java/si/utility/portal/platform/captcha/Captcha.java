package si.utility.portal.platform.captcha;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.awt.image.BufferedImage;
import java.io.Serializable;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;

/**
 * The visitor's current captcha. Every check uses it up, right or wrong, so a captcha answers one form
 * submission only and each failure shows a new image.
 */
@Named
@SessionScoped
public class Captcha implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaptchaSettings settings;

    private transient CaptchaChallenge challenge;
    /** Bumped with every new challenge, so the page asks for a fresh image instead of a cached one. */
    private int generation;

    @PostConstruct
    void init() {
        renew();
    }

    public synchronized void renew() {
        challenge = CaptchaChallenge.generate();
        generation++;
    }

    public synchronized boolean checkAndRenew(String answer) {
        Optional<String> fixed = settings.fixedAnswer();
        boolean correct = fixed.isPresent() ? fixed.get().equals(answer) : current().isAnsweredBy(answer);
        renew();
        return correct;
    }

    public synchronized BufferedImage image() {
        return current().image();
    }

    public synchronized AudioInputStream audio() {
        return current().audio();
    }

    public int getGeneration() {
        return generation;
    }

    /** After session passivation the challenge (not serializable) is gone; a new one takes its place. */
    private CaptchaChallenge current() {
        if (challenge == null) {
            renew();
        }
        return challenge;
    }
}
