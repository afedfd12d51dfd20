package si.utility.portal.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    private static String keyOf(String text, String requiredKey) {
        return TextRules.check("f", text, 5, requiredKey, "long").asList().stream()
                .map(Violations.Violation::messageKey).findFirst().orElse(null);
    }

    @Test
    void anEmptyTextIsMissingOnlyWhereItIsRequired() {
        assertThat(keyOf(null, "required")).isEqualTo("required");
        assertThat(keyOf("   ", "required")).isEqualTo("required");
        assertThat(keyOf("   ", null)).isNull();
    }

    @Test
    void lengthIsCountedWithoutTheSpacesAroundAndControlCharactersAreRefused() {
        assertThat(keyOf("  abcde  ", "required")).isNull();
        assertThat(keyOf("abcdef", "required")).isEqualTo("long");
        assertThat(keyOf("x".repeat(1_000_000), null)).isEqualTo("long");
        assertThat(keyOf("a\u0000b", "required")).isEqualTo(PlainText.MESSAGE_KEY);
        assertThat(keyOf("a\tb\r\n", "required")).isNull();
    }
}
