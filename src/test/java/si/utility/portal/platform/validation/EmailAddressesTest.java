package si.utility.portal.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"janez.novak@kp-velenje.si", "a+b@example.com", " x@y.si "})
    void acceptsUsualAddresses(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "janez", "janez@", "@kp-velenje.si", "janez@localhost", "ja nez@x.si",
            "janez..novak@x.si", ".janez@x.si", "janez.@x.si", "janez@x..si", "a@b.si\r\nBcc: x@y.si"})
    void refusesMalformedAddresses(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @Test
    void maskedAddressKeepsTheDomainAndTwoLetters() {
        assertThat(EmailAddresses.masked("janez@example.si")).isEqualTo("ja***@example.si");
        assertThat(EmailAddresses.masked("j@example.si")).isEqualTo("j***@example.si");
    }
}
