package si.utility.portal.platform.captcha;

import java.awt.image.BufferedImage;
import java.io.Serializable;
import javax.sound.sampled.AudioInputStream;
import net.logicsquad.nanocaptcha.audio.AudioCaptcha;
import net.logicsquad.nanocaptcha.content.LatinContentProducer;
import net.logicsquad.nanocaptcha.content.NumbersContentProducer;
import net.logicsquad.nanocaptcha.image.ImageCaptcha;
import net.logicsquad.nanocaptcha.image.backgrounds.GradiatedBackgroundProducer;
import net.logicsquad.nanocaptcha.image.noise.CurvedLineNoiseProducer;

/**
 * One captcha shown to one visitor: an image of letters (case-sensitive, as the manual says) and, for
 * those who cannot see it, a spoken string of digits, made only when asked for (it costs far more than the
 * image). Either answer passes. Only the answers are kept (they travel with the session to another node); the
 * image and the sound are drawn from them when asked for.
 */
final class CaptchaChallenge implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 200;
    private static final int HEIGHT = 60;
    private static final int LENGTH = 5;

    private final String imageAnswer;
    private String audioAnswer;
    private transient BufferedImage image;
    private transient AudioCaptcha audio;

    private CaptchaChallenge(String imageAnswer) {
        this.imageAnswer = imageAnswer;
    }

    static CaptchaChallenge generate() {
        return showing(new LatinContentProducer(LENGTH).getContent());
    }

    /** The challenge whose image shows these letters. */
    static CaptchaChallenge showing(String letters) {
        return new CaptchaChallenge(letters);
    }

    boolean isAnsweredBy(String answer) {
        if (answer == null) {
            return false;
        }
        String typed = answer.strip();
        return typed.equals(imageAnswer) || typed.equals(audioAnswer);
    }

    BufferedImage image() {
        if (image == null) {
            image = new ImageCaptcha.Builder(WIDTH, HEIGHT)
                    .addBackground(new GradiatedBackgroundProducer())
                    .addContent(() -> imageAnswer)
                    .addNoise(new CurvedLineNoiseProducer())
                    .addBorder()
                    .build()
                    .getImage();
        }
        return image;
    }

    boolean hasAudio() {
        return audioAnswer != null;
    }

    AudioInputStream audio() {
        if (audioAnswer == null) {
            audioAnswer = new NumbersContentProducer(LENGTH).getContent();
        }
        if (audio == null) {
            audio = new AudioCaptcha.Builder().addContent(() -> audioAnswer).addVoice().addNoise().build();
        }
        return audio.getAudio().getAudioInputStream();
    }
}
