package si.utility.portal.platform.captcha;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.awt.image.BufferedImage;
import java.io.Serializable;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;

/**
 * The visitor's current captcha. A challenge is made only when a form with the captcha is rendered (the page
 * already has a session for its form), never for a bare request of /captcha/*. Every check uses it up, right or
 * wrong, so a captcha answers one form submission only and each failure shows a new image. A session gets at
 * most {@link #MAX_CHALLENGES} challenges: after that every check fails and no image is served, so one session
 * cannot make the server draw images without end.
 */
@Named
@SessionScoped
public class Captcha implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Far more than a person needs (each wrong answer or refresh costs one), few enough to bound the work. */
    static final int MAX_CHALLENGES = 50;

    @Inject
    CaptchaSettings settings;

    private CaptchaChallenge challenge;
    /** Challenges made in this session; also in the image URL, so the page asks for a fresh image, not a cached one. */
    private int generation;

    /** For the captcha tag as the form is rendered: makes the challenge the form shows, if there is none yet. */
    public synchronized int getGeneration() {
        if (challenge == null && generation < MAX_CHALLENGES) {
            challenge = CaptchaChallenge.generate();
            generation++;
        }
        return generation;
    }

    /** True once the session used up its challenges. */
    public synchronized boolean isExhausted() {
        return challenge == null && generation >= MAX_CHALLENGES;
    }

    /** The refresh button: the current challenge is retired, the re-rendered image makes the next one. */
    public synchronized void renew() {
        challenge = null;
    }

    public synchronized boolean checkAndRenew(String answer) {
        CaptchaChallenge checked = challenge;
        challenge = null;
        if (checked == null) {
            return false;
        }
        Optional<String> fixed = settings.fixedAnswer();
        return fixed.isPresent() ? fixed.get().equals(answer) : checked.isAnsweredBy(answer);
    }

    /** The image of the challenge a rendered form shows; empty when no form made one. */
    public synchronized Optional<BufferedImage> image() {
        return Optional.ofNullable(challenge).map(CaptchaChallenge::image);
    }

    /** The spoken alternative, made only when a visitor asks for it. */
    public synchronized Optional<AudioInputStream> audio() {
        return Optional.ofNullable(challenge).map(CaptchaChallenge::audio);
    }
}
