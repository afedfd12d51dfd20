package si.utility.portal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKeyTest {

    @Test
    void aLowerVersionIsOlder() {
        assertThat(new SourceKey("P-1", 5L).isNewerThan(4L)).isTrue();
        assertThat(new SourceKey("P-1", 5L).isNewerThan(5L)).isFalse();
        assertThat(new SourceKey("P-1", 5L).isNewerThan(6L)).isFalse();
    }

    @Test
    void withoutVersionsNothingIsOlder() {
        assertThat(new SourceKey("P-1", null).isNewerThan(1L)).isFalse();
        assertThat(new SourceKey("P-1", 5L).isNewerThan(null)).isFalse();
        assertThat(SourceKey.NONE.isNewerThan(1L)).isFalse();
    }
}
