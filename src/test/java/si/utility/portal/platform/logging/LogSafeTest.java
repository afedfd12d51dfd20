package si.utility.portal.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersCannotForgeALine() {
        String forged = "1234\r\nINFO: Password reset for portal account 1\u0000\u2028";

        assertThat(LogSafe.quote(forged))
                .isEqualTo("\"1234\\r\\nINFO: Password reset for portal account 1\\u0000\\u2028\"")
                .doesNotContain("\n", "\r", "\u0000", "\u2028");
    }

    @Test
    void longInputIsCutAndItsLengthSaid() {
        String huge = "x".repeat(1_000_000);

        assertThat(LogSafe.quote(huge)).isEqualTo("\"" + "x".repeat(LogSafe.MAX_LENGTH) + "\"...(1000000 chars)");
    }

    @Test
    void quotesAreEscapedSoTheQuotedTextEndsWhereItSays() {
        assertThat(LogSafe.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(LogSafe.quote(null)).isEqualTo("null");
        assertThat(LogSafe.quote("Šalek")).isEqualTo("\"Šalek\"");
    }
}
