package si.utility.portal.staff.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890" in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfRfc6238sTestVectorsCutToSixDigits() {
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void theCodeOfTheStepBeforeOrAfterIsAcceptedAndTellsItsStepButNoneFurther() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = TotpCodes.stepAt(now);

        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step), now))
                .isEqualTo(OptionalLong.of(step));
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 1), now))
                .isEqualTo(OptionalLong.of(step - 1));
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step + 1), now))
                .isEqualTo(OptionalLong.of(step + 1));
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void aCodeTypedWithASpaceCountsButAnythingNotSixDigitsDoesNot() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "287 082", now)).isPresent();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "2870821", now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "28708x", now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "9".repeat(1_000_000), now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, null, now)).isEmpty();
        assertThat(TotpCodes.matchingStep(null, "287082", now)).isEmpty();
    }

    @Test
    void newSecretsAre160BitBase32AndDiffer() {
        String secret = TotpCodes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(TotpCodes.newSecret());
    }

    @Test
    void theEnrolmentUriNamesIssuerAccountAndParameters() {
        assertThat(TotpCodes.enrolmentUri("KPV Portal", "ana@kpv.si", RFC_SECRET))
                .startsWith("otpauth://totp/")
                .contains("secret=" + RFC_SECRET, "issuer=KPV", "algorithm=SHA1", "digits=6", "period=30");
    }
}
