package si.utility.portal.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalAddressTest {

    @Test
    void streetThenPostCodeAndCityAndMissingPartsAreLeftOut() {
        assertThat(PostalAddress.oneLine("Šaleška cesta 3", "3320", "Velenje"))
                .isEqualTo("Šaleška cesta 3, 3320 Velenje");
        assertThat(PostalAddress.oneLine("Šaleška cesta 3", null, "Velenje")).isEqualTo("Šaleška cesta 3, Velenje");
        assertThat(PostalAddress.oneLine(null, "3320", " Velenje ")).isEqualTo("3320 Velenje");
        assertThat(PostalAddress.oneLine(" ", null, null)).isEmpty();
    }
}
