package si.utility.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import si.utility.portal.platform.validation.Violations.Violation;

class ConsentTextRulesTest {

    @Test
    void bothLanguagesAreRequiredAndAtMost4000CharactersAfterSurroundingSpace() {
        assertThat(ConsentTextRules.check("Besedilo", "Text").isEmpty()).isTrue();
        assertThat(ConsentTextRules.check("  \n ", null).asList()).containsExactly(
                new Violation(ConsentTextRules.TEXT_SL, "staff.consent.textRequired"),
                new Violation(ConsentTextRules.TEXT_EN, "staff.consent.textRequired"));
        assertThat(ConsentTextRules.check(" " + "č".repeat(4000) + "\n", "e".repeat(4000)).isEmpty()).isTrue();
        assertThat(ConsentTextRules.check("č".repeat(4001), "e".repeat(4000)).asList()).containsExactly(
                new Violation(ConsentTextRules.TEXT_SL, "staff.consent.textTooLong"));
    }

    @Test
    void paragraphsAreThePartsBetweenBlankLinesWhateverTheLineBreaksAndMarkupStaysText() {
        assertThat(ConsentTextRules.paragraphs("Prvi <b>odstavek</b>\r\nše prvi\r\n\r\n  \r\nDrugi\n\n\nTretji  "))
                .containsExactly("Prvi <b>odstavek</b>\nše prvi", "Drugi", "Tretji");
        assertThat(ConsentTextRules.paragraphs(null)).isEmpty();
        assertThat(ConsentTextRules.clean(" a\r\nb\rc ")).isEqualTo("a\nb\nc");
    }
}
