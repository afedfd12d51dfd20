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
 * those who cannot see it, a spoken string of digits. Either answer passes.
 */
final class CaptchaChallenge {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 60;
    private static final int LENGTH = 5;

    private final ImageCaptcha image;
    private final AudioCaptcha audio;

    private CaptchaChallenge(ImageCaptcha image, AudioCaptcha audio) {
        this.image = image;
        this.audio = audio;
    }

    static CaptchaChallenge generate() {
        ImageCaptcha image = new ImageCaptcha.Builder(WIDTH, HEIGHT)
                .addBackground(new GradiatedBackgroundProducer())
                .addContent(LENGTH)
                .addNoise(new CurvedLineNoiseProducer())
                .addBorder()
                .build();
        AudioCaptcha audio = new AudioCaptcha.Builder()
                .addContent(new NumbersContentProducer(LENGTH))
                .addVoice()
                .addNoise()
                .build();
        return new CaptchaChallenge(image, audio);
    }

    boolean isAnsweredBy(String answer) {
        return answer != null && (image.isCorrect(answer.strip()) || audio.isCorrect(answer.strip()));
    }

    BufferedImage image() {
        return image.getImage();
    }

    AudioInputStream audio() {
        return audio.getAudio().getAudioInputStream();
    }
}
