package si.utility.portal.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "bell\u0007", "\u0008", "\u000b", "\u000c", "esc\u001b[31m",
            "\u001f"})
    void c0ControlsAreRefused(String text) {
        assertThat(PlainText.hasControlCharacters(text)).isTrue();
    }

    @Test
    void tabLineFeedCarriageReturnAndOrdinaryLettersAreText() {
        assertThat(PlainText.hasControlCharacters("Šaleška cesta 19\r\n\tVelenje € <b>")).isFalse();
        assertThat(PlainText.hasControlCharacters(" ~\u007f\u00a0")).isFalse();
        assertThat(PlainText.hasControlCharacters("")).isFalse();
    }
}
