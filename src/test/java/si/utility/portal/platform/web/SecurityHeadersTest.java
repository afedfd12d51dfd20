package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {

    @Test
    void everyResponseGetsThePolicies() {
        assertThat(SecurityHeaders.forResponse(false, false)).containsOnlyKeys("Content-Security-Policy",
                "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy");
        assertThat(SecurityHeaders.forResponse(false, false).get("Content-Security-Policy"))
                .startsWith("default-src 'self';").doesNotContain("unsafe-eval").endsWith("script-src 'self'")
                .contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(SecurityHeaders.forResponse(false, false).get("Permissions-Policy"))
                .contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        assertThat(SecurityHeaders.forResponse(true, false)).containsEntry("Strict-Transport-Security",
                "max-age=31536000");
        assertThat(SecurityHeaders.forResponse(false, true)).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void personalResponsesAreNeverStored() {
        assertThat(SecurityHeaders.forResponse(false, true)).containsEntry("Cache-Control", "no-store");
        assertThat(SecurityHeaders.forResponse(true, false)).doesNotContainKey("Cache-Control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPTIONS", "TRACE", "PUT", "DELETE", "PATCH", "CONNECT", "get", "PROPFIND"})
    void onlyGetHeadAndPostAreAllowed(String method) {
        assertThat(SecurityHeaders.isAllowedMethod(method)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "POST"})
    void pagesAndFormsUseTheseMethods(String method) {
        assertThat(SecurityHeaders.isAllowedMethod(method)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/profile/my-data;jsessionid=ABC", "/portal/index;JSESSIONID=x",
            "/profile/my-data%3Bjsessionid=ABC", "/a;jsessionid=1/b"})
    void aSessionIdInThePathIsRecognised(String uri) {
        assertThat(SecurityHeaders.carriesSessionId(uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/profile/my-data", "/account/login", "/billing/invoice;v=1"})
    void otherPathsAreNot(String uri) {
        assertThat(SecurityHeaders.carriesSessionId(uri)).isFalse();
    }

    @Test
    void staticFilesMayBeCached() {
        assertThat(SecurityHeaders.isStaticResource("/jakarta.faces.resource/theme.css")).isTrue();
        assertThat(SecurityHeaders.isStaticResource("/resources/css/portal.css")).isTrue();
        assertThat(SecurityHeaders.isStaticResource("/profile/my-data")).isFalse();
    }
}
