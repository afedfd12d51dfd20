package si.utility.portal.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void theBalancersIdIsKept() {
        assertThat(RequestId.of("5f0c3c52-8a2b-4f47-9d38-2f1a4c9e7b10")).isEqualTo("5f0c3c52-8a2b-4f47-9d38-2f1a4c9e7b10");
        assertThat(RequestId.of("lb-1:42_a.b")).isEqualTo("lb-1:42_a.b");
    }

    @Test
    void aMissingOrHostileIdIsReplacedByANewOne() {
        for (String given : new String[] {null, "", "two words", "line\nbreak", "x".repeat(65), "<script>"}) {
            assertThat(RequestId.of(given)).as(String.valueOf(given)).matches("[0-9a-f-]{36}");
        }
        assertThat(RequestId.of(null)).isNotEqualTo(RequestId.of(null));
    }
}
