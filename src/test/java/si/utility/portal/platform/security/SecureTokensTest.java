package si.utility.portal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureTokensTest {

    @Test
    void tokensCarry256RandomBitsAndAreUrlSafe() {
        String token = SecureTokens.newToken();

        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(SecureTokens.newToken());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void hashIsSha256HexAndDiffersFromTheToken() {
        String token = SecureTokens.newToken();

        assertThat(SecureTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(SecureTokens.hash(token))
                .isNotEqualTo(token);
    }
}
