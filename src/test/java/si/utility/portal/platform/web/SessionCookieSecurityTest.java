package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionCookieSecurityTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://portal.kp-velenje.si", "HTTPS://portal.kp-velenje.si/", " https://x.si "})
    void secureWhenTheBaseUrlIsHttps(String baseUrl) {
        assertThat(SessionCookieSecurity.servedOverHttps(Optional.of(baseUrl))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "portal.kp-velenje.si", "httpsx://a", ""})
    void notSecureOtherwise(String baseUrl) {
        assertThat(SessionCookieSecurity.servedOverHttps(Optional.of(baseUrl))).isFalse();
    }

    @Test
    void notSecureWithoutABaseUrl() {
        assertThat(SessionCookieSecurity.servedOverHttps(Optional.empty())).isFalse();
    }
}
