package si.utility.portal.integration.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void aNewKeyIsPrefixedAndCarries256RandomBits() {
        String key = ApiKeys.newKey();

        assertThat(key).startsWith("kpv_").hasSize(4 + 43);
        assertThat(Base64.getUrlDecoder().decode(key.substring(4))).hasSize(32);
        assertThat(ApiKeys.isWellFormed(key)).isTrue();
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> keys = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> keys.add(ApiKeys.newKey()));

        assertThat(keys).hasSize(1000);
    }

    @Test
    void theStoredFormIsTheSha256InHexNeverTheKey() {
        String key = ApiKeys.newKey();

        assertThat(ApiKeys.hash(key)).matches("[0-9a-f]{64}").doesNotContain(key.substring(4))
                .isEqualTo(ApiKeys.hash(key));
        // printf '%s' kpv_AAA...A (43 times A) | sha256sum
        assertThat(ApiKeys.hash("kpv_" + "A".repeat(43))).isEqualTo("a6d931c5f6db897ed65f2b5f9fe06de0c5c4c8ca2cdf7c51445dd014a23e902e");
    }

    @Test
    void textsWithoutTheShapeOfAKeyAreNotWellFormed() {
        assertThat(ApiKeys.isWellFormed(null)).isFalse();
        assertThat(ApiKeys.isWellFormed("")).isFalse();
        assertThat(ApiKeys.isWellFormed("kpv_short")).isFalse();
        assertThat(ApiKeys.isWellFormed("xyz_" + "A".repeat(43))).isFalse();
        assertThat(ApiKeys.isWellFormed("kpv_" + "A".repeat(42) + "=")).isFalse();
        assertThat(ApiKeys.isWellFormed("kpv_" + "A".repeat(44))).isFalse();
        assertThat(ApiKeys.isWellFormed("kpv_" + "A".repeat(43) + "\n")).isFalse();
    }
}
