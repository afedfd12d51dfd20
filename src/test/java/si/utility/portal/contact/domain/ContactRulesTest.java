package si.utility.portal.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.validation.Violations.Violation;

class ContactRulesTest {

    @Test
    void aMessageNeedsNameValidAddressAndText() {
        assertThat(ContactRules.check(" ", "janez@localhost", "\n ").asList()).containsExactly(
                new Violation(ContactRules.NAME, "contact.nameRequired"),
                new Violation(ContactRules.EMAIL, "email.invalid"),
                new Violation(ContactRules.BODY, "contact.bodyRequired"));
        assertThat(ContactRules.check("Janez Novak", "janez@example.si", "Kdaj bo odčitek?").isEmpty()).isTrue();
    }

    @Test
    void textAndNameAreLimitedButMarkupAndLineBreaksAreJustText() {
        assertThat(keys(ContactRules.check("Janez", "janez@example.si", "x".repeat(ContactRules.MAX_BODY_LENGTH + 1))))
                .containsExactly("contact.bodyTooLong");
        assertThat(keys(ContactRules.check("J".repeat(ContactRules.MAX_NAME_LENGTH + 1), "janez@example.si", "x")))
                .containsExactly("contact.nameTooLong");
        assertThat(ContactRules.check("Janez\r\nBcc: vsi@example.si", "janez@example.si",
                "<script>alert(1)</script>\r\nSubject: x").isEmpty()).isTrue();
        assertThat(ContactRules.check("Janez", "janez@example.si", "x".repeat(ContactRules.MAX_BODY_LENGTH))
                .isEmpty()).isTrue();
    }

    @Test
    void floodLimitAllowsUpToItsNumberWithinTheWindow() {
        FloodLimit limit = new FloodLimit(10, Duration.ofHours(24));
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        assertThat(limit.allowsAnother(9)).isTrue();
        assertThat(limit.allowsAnother(10)).isFalse();
        assertThat(limit.windowStart(now)).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(limit.windowHours()).isEqualTo(24);
    }

    @Test
    void floodLimitRefusesNonsense() {
        assertThatThrownBy(() -> new FloodLimit(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FloodLimit(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> keys(Violations violations) {
        return violations.asList().stream().map(Violation::messageKey).toList();
    }
}
