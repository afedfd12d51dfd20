package si.utility.portal.platform.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaptchaTest {

    private final Captcha captcha = new Captcha();

    @BeforeEach
    void realAnswers() {
        captcha.settings = new CaptchaSettings();
        captcha.settings.fixedAnswer = Optional.empty();
    }

    @Test
    void noChallengeUntilAFormShowsOne() {
        assertThat(captcha.image()).isEmpty();
        assertThat(captcha.audio()).isEmpty();
        assertThat(captcha.checkAndRenew("anything")).isFalse();

        assertThat(captcha.getGeneration()).isEqualTo(1);

        assertThat(captcha.image()).isPresent();
        assertThat(captcha.getGeneration()).as("rendering again shows the same challenge").isEqualTo(1);
    }

    @Test
    void aCheckUsesTheChallengeUpAndTheNextRenderingMakesANewOne() {
        captcha.getGeneration();

        assertThat(captcha.checkAndRenew("wrong")).isFalse();

        assertThat(captcha.image()).isEmpty();
        assertThat(captcha.getGeneration()).isEqualTo(2);
    }

    @Test
    void theFixedTestAnswerPassesOnlyAChallengeAFormShowed() {
        captcha.settings.fixedAnswer = Optional.of("TEST1");

        assertThat(captcha.checkAndRenew("TEST1")).isFalse();
        captcha.getGeneration();
        assertThat(captcha.checkAndRenew("TEST1")).isTrue();
    }

    /** The session goes to another node serialized: the answer goes along, the image is drawn again there. */
    @Test
    void aChallengeKeepsItsAnswerThroughSerialization() throws Exception {
        CaptchaChallenge shown = CaptchaChallenge.showing("AbCdE");
        shown.image();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shown);
        }
        CaptchaChallenge elsewhere;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            elsewhere = (CaptchaChallenge) in.readObject();
        }

        assertThat(bytes.size()).isLessThan(300);
        assertThat(elsewhere.isAnsweredBy(" AbCdE ")).isTrue();
        assertThat(elsewhere.isAnsweredBy("abcde")).isFalse();
        assertThat(elsewhere.image().getWidth()).isEqualTo(200);
    }

    @Test
    void theAudioIsMadeOnlyWhenAskedFor() {
        captcha.getGeneration();
        CaptchaChallenge challenge = CaptchaChallenge.generate();

        assertThat(challenge.hasAudio()).isFalse();
        assertThat(challenge.audio()).isNotNull();
        assertThat(challenge.hasAudio()).isTrue();
    }

    @Test
    void aSessionGetsABoundedNumberOfChallenges() {
        for (int i = 1; i <= Captcha.MAX_CHALLENGES; i++) {
            assertThat(captcha.getGeneration()).isEqualTo(i);
            captcha.renew();
        }

        assertThat(captcha.getGeneration()).isEqualTo(Captcha.MAX_CHALLENGES);
        assertThat(captcha.isExhausted()).isTrue();
        assertThat(captcha.image()).isEmpty();
        captcha.settings.fixedAnswer = Optional.of("TEST1");
        assertThat(captcha.checkAndRenew("TEST1")).isFalse();
    }
}
