package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicBaseUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void outsideDemoModeAMissingBaseUrlStopsTheStartUp(String configured) {
        assertThatThrownBy(() -> PublicBaseUrl.of(Optional.of(configured), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portal.base-url is not set");
        assertThatThrownBy(() -> PublicBaseUrl.of(Optional.empty(), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portal.base-url is not set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"portal.kp-velenje.si", "/portal", "ftp://portal.kp-velenje.si", "https://",
            "https://portal.kp-velenje.si/?x=1", "https://portal.kp-velenje.si/#top", "https://a@portal.si",
            "http://exa mple.si"})
    void aBaseUrlThatIsNotAnAbsoluteHttpAddressStopsTheStartUpEvenInDemoMode(String configured) {
        assertThatThrownBy(() -> PublicBaseUrl.of(Optional.of(configured), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absolute");
    }

    @Test
    void demoModeMayLeaveItEmpty() {
        assertThat(PublicBaseUrl.of(Optional.empty(), true).value()).isEmpty();
        assertThat(PublicBaseUrl.of(Optional.of(""), true).isHttps()).isFalse();
    }

    @Test
    void theValueLosesItsTrailingSlash() {
        assertThat(PublicBaseUrl.of(Optional.of(" https://portal.kp-velenje.si/ "), false).value())
                .hasValue("https://portal.kp-velenje.si");
        assertThat(PublicBaseUrl.of(Optional.of("http://localhost:8080/portal"), false).value())
                .hasValue("http://localhost:8080/portal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portal.kp-velenje.si", "HTTPS://portal.kp-velenje.si/", " https://x.si "})
    void httpsWhenTheBaseUrlIsHttps(String baseUrl) {
        assertThat(PublicBaseUrl.of(Optional.of(baseUrl), false).isHttps()).isTrue();
    }

    @Test
    void notHttpsWithPlainHttp() {
        assertThat(PublicBaseUrl.of(Optional.of("http://localhost:8080"), false).isHttps()).isFalse();
    }
}
