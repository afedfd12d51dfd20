package si.utility.portal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashCarriesAlgorithmIterationsAndSaltAndVerifiesOnlyTheRightPassword() {
        String hash = hasher.hash("Zelenje-42-Velenje");

        assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("Zelenje");
        assertThat(hasher.verify("Zelenje-42-Velenje", hash)).isTrue();
        assertThat(hasher.verify("zelenje-42-Velenje", hash)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertThat(hasher.hash("Zelenje-42-Velenje")).isNotEqualTo(hasher.hash("Zelenje-42-Velenje"));
    }

    @Test
    void storedHashesOfOtherFormatsNeverVerify() {
        assertThat(hasher.verify("x", "plain")).isFalse();
        assertThat(hasher.verify("x", "md5$1$a$b")).isFalse();
    }
}
