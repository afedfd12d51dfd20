package si.utility.portal.platform.captcha;

import java.awt.image.BufferedImage;
import javax.sound.sampled.AudioInputStream;
import net.logicsquad.nanocaptcha.audio.AudioCaptcha;
import net.logicsquad.nanocaptcha.content.NumbersContentProducer;
import net.logicsquad.nanocaptcha.image.ImageCaptcha;
import net.logicsquad.nanocaptcha.image.backgrounds.GradiatedBackgroundProducer;
import net.logicsquad.nanocaptcha.image.noise.CurvedLineNoiseProducer;

/**
 * One captcha shown to one visitor: an image of letters (case-sensitive, as the manual says) and, for
 * those who cannot see it, a spoken string of digits, made only when asked for (it costs far more than the
 * image). Either answer passes.
 */
final class CaptchaChallenge {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 60;
    private static final int LENGTH = 5;

    private final ImageCaptcha image;
    private AudioCaptcha audio;

    private CaptchaChallenge(ImageCaptcha image) {
        this.image = image;
    }

    static CaptchaChallenge generate() {
        ImageCaptcha image = new ImageCaptcha.Builder(WIDTH, HEIGHT)
                .addBackground(new GradiatedBackgroundProducer())
                .addContent(LENGTH)
                .addNoise(new CurvedLineNoiseProducer())
                .addBorder()
                .build();
        return new CaptchaChallenge(image);
    }

    boolean isAnsweredBy(String answer) {
        return answer != null && (image.isCorrect(answer.strip()) || audio != null && audio.isCorrect(answer.strip()));
    }

    BufferedImage image() {
        return image.getImage();
    }

    boolean hasAudio() {
        return audio != null;
    }

    AudioInputStream audio() {
        if (audio == null) {
            audio = new AudioCaptcha.Builder()
                    .addContent(new NumbersContentProducer(LENGTH))
                    .addVoice()
                    .addNoise()
                    .build();
        }
        return audio.getAudio().getAudioInputStream();
    }
}
