package si.utility.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginNameTest {

    @Test
    void payerCodeAndEmailAreReadTheSameWayAtLoginAndRegistration() {
        LoginName typed = LoginName.of("  ab1234 \t").orElseThrow();

        assertThat(typed.payerCode()).isEqualTo("AB1234").isEqualTo(LoginName.payerCode(" aB1234"));
        assertThat(LoginName.of(" Janez.Novak@Example.COM ").orElseThrow().email()).isEqualTo("janez.novak@example.com");
    }

    @Test
    void emptyOverlongOrControlCharactersAreNoLoginName() {
        assertThat(LoginName.of(null)).isEmpty();
        assertThat(LoginName.of("")).isEmpty();
        assertThat(LoginName.of("   ")).isEmpty();
        assertThat(LoginName.of("a".repeat(LoginName.MAX_LENGTH + 1))).isEmpty();
        assertThat(LoginName.of("x".repeat(1_000_000))).isEmpty();
        assertThat(LoginName.of("1234\r\nINFO: forged")).isEmpty();
        assertThat(LoginName.of("12\u000034")).isEmpty();
        assertThat(LoginName.of("a".repeat(LoginName.MAX_LENGTH))).isPresent();
    }
}
