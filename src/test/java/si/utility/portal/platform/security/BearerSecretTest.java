package si.utility.portal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerSecretTest {

    /** SHA-256 of "s3cret". */
    private static final String HASH = "1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0";

    @Test
    void theSecretIsTakenFromABearerHeaderOnly() {
        assertThat(BearerSecret.fromAuthorizationHeader("Bearer kpv_abc")).isEqualTo("kpv_abc");
        assertThat(BearerSecret.fromAuthorizationHeader("bearer  kpv_abc ")).isEqualTo("kpv_abc");
        assertThat(BearerSecret.fromAuthorizationHeader("Basic a3B2X2FiYw==")).isNull();
        assertThat(BearerSecret.fromAuthorizationHeader("Bearer")).isNull();
        assertThat(BearerSecret.fromAuthorizationHeader(null)).isNull();
    }

    @Test
    void anEmptySettingMeansNoSecretAndABrokenOneMatchesNothing() {
        assertThat(BearerSecret.of("x", Optional.empty())).isEmpty();
        assertThat(BearerSecret.of("x", Optional.of("  "))).isEmpty();
        assertThat(BearerSecret.of("x", Optional.of("not hex")).orElseThrow().matches("s3cret")).isFalse();
        assertThat(BearerSecret.of("x", Optional.of(" " + HASH.toUpperCase() + " ")).orElseThrow().matches("s3cret"))
                .isTrue();
        assertThat(BearerSecret.of("x", Optional.of(HASH)).orElseThrow().matches("s3cret ")).isFalse();
    }
}
