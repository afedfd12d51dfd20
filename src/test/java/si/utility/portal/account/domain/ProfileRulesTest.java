package si.utility.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.validation.Violations.Violation;

class ProfileRulesTest {

    private static final String CURRENT = "Staro-Geslo-42";

    @Test
    void displayNameIsRequiredAndLimited() {
        assertThat(keys(ProfileRules.checkDisplayName("  "))).containsExactly("profile.displayNameRequired");
        assertThat(keys(ProfileRules.checkDisplayName("J".repeat(101)))).containsExactly("profile.displayNameTooLong");
        assertThat(ProfileRules.checkDisplayName(" Janez ").isEmpty()).isTrue();
        assertThat(ProfileRules.checkDisplayName("J".repeat(100)).isEmpty()).isTrue();
    }

    @Test
    void newEmailMustBeValidAndDifferentIgnoringCase() {
        assertThat(keys(ProfileRules.checkNewEmail("janez@localhost", "janez@example.si")))
                .containsExactly("email.invalid");
        assertThat(keys(ProfileRules.checkNewEmail(" Janez@Example.SI ", "janez@example.si")))
                .containsExactly("profile.emailUnchanged");
        assertThat(ProfileRules.checkNewEmail("nova@example.si", "janez@example.si").isEmpty()).isTrue();
    }

    @Test
    void newPasswordFollowsTheRegistrationRulesOnTheProfileFields() {
        assertThat(ProfileRules.checkNewPassword(CURRENT, "kratko", "kratko", "1234", "j@example.si").asList())
                .containsExactly(new Violation(ProfileRules.NEW_PASSWORD, "password.tooShort"));
        assertThat(ProfileRules.checkNewPassword(CURRENT, "brez-velikih-42", "brez-velikih-42", "1234",
                "j@example.si").asList())
                .containsExactly(new Violation(ProfileRules.NEW_PASSWORD, "password.noCapital"));
        assertThat(ProfileRules.checkNewPassword(CURRENT, "Novo-Geslo-42", "Novo-Geslo-43", "1234",
                "j@example.si").asList())
                .containsExactly(new Violation(ProfileRules.REPEAT_NEW_PASSWORD, "password.repeatMismatch"));
        assertThat(ProfileRules.checkNewPassword(CURRENT, "Novo-Geslo-42", "Novo-Geslo-42", "1234", "j@example.si")
                .isEmpty()).isTrue();
    }

    @Test
    void newPasswordMustDifferFromTheCurrentOne() {
        assertThat(ProfileRules.checkNewPassword(CURRENT, CURRENT, CURRENT, "1234", "j@example.si").asList())
                .containsExactly(new Violation(ProfileRules.NEW_PASSWORD, "password.sameAsCurrent"));
    }

    private static List<String> keys(Violations violations) {
        return violations.asList().stream().map(Violation::messageKey).toList();
    }
}
