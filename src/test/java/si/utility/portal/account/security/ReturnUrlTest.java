package si.utility.portal.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnUrlTest {

    @ParameterizedTest
    @CsvSource({
            "'', /, true",
            "'', /account/consent?x=1, true",
            "/portal, /portal/, true",
            "/portal, /other/, false",
            "'', //evil.example/, false",
            "'', /\\evil.example, false",
            "'', https://evil.example/, false",
            "'', /redirect?to=https://evil.example, false",
    })
    void onlyPagesOfThisApplicationAreReturnedTo(String contextPath, String url, boolean local) {
        assertThat(ReturnUrl.isLocal(url, contextPath)).isEqualTo(local);
    }
}
