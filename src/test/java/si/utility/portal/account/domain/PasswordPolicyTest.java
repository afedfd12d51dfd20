package si.utility.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import si.utility.portal.platform.validation.Violations;

class PasswordPolicyTest {

    @Test
    void acceptsAPasswordThatFollowsEveryRule() {
        assertThat(check("Zelenje-42-Velenje", "Zelenje-42-Velenje").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "'', password.required",
            "Kratko1, password.tooShort",
            "brez-velike-crke, password.noCapital",
            "Password123, password.common",
            "GESLO123, password.common",
            "Velenje123, password.common",
            "Janez@Example.com, password.sameAsLogin",
    })
    void refusesPasswordsThatBreakARule(String password, String expectedKey) {
        Violations violations = check(password, password);

        assertThat(violations.asList()).containsExactly(new Violations.Violation("password", expectedKey));
    }

    @Test
    void refusesPasswordsLongerThan128Characters() {
        String password = "A" + "x".repeat(128);

        assertThat(check(password, password).asList())
                .containsExactly(new Violations.Violation("password", "password.tooLong"));
        String longest = password.substring(0, PasswordPolicy.MAX_LENGTH);
        assertThat(check(longest, longest).isEmpty()).isTrue();
    }

    @Test
    void exactlyEightCharactersAreEnough() {
        assertThat(check("Ab-12345", "Ab-12345").isEmpty()).isTrue();
    }

    @Test
    void refusesThePayerCodeAsPassword() {
        Violations violations = PasswordPolicy.check("Ab12345678", "Ab12345678", "password", "repeat",
                "ab12345678", "x@example.com");

        assertThat(violations.asList()).containsExactly(new Violations.Violation("password", "password.sameAsLogin"));
    }

    @Test
    void reportsAMismatchedRepeatOnItsOwnField() {
        assertThat(check("Zelenje-42-Velenje", "Zelenje-42-velenje").asList())
                .containsExactly(new Violations.Violation("repeat", "password.repeatMismatch"));
    }

    private static Violations check(String password, String repeat) {
        return PasswordPolicy.check(password, repeat, "password", "repeat", "1234", "janez@example.com");
    }
}
