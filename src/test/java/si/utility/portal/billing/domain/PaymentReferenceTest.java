package si.utility.portal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SI references by the reference models of Združenje bank Slovenije, RF references by ISO 11649. */
class PaymentReferenceTest {

    @Test
    void model12CheckDigitIsModulus11WithWeightsFromTwoOnTheRight() {
        // 5678: 8*2 + 7*3 + 6*4 + 5*5 = 86; 86 mod 11 = 9; 11 - 9 = 2.
        assertThat(PaymentReference.model12("5678").printed()).isEqualTo("SI12 56782");
        // 6: 6*2 = 12; 12 mod 11 = 1; 11 - 1 = 10, which becomes 0.
        assertThat(PaymentReference.model12("6").printed()).isEqualTo("SI12 60");
        // 0: 0; 0 mod 11 = 0; 11 - 0 = 11, which becomes 0.
        assertThat(PaymentReference.model12("0").printed()).isEqualTo("SI12 00");
    }

    @Test
    void anInvoiceReferenceIsModel12OverPayerCodeAndInvoiceNumber() {
        // 123412345678 from the right: 8*2 + 7*3 + 6*4 + 5*5 + 4*6 + 3*7 + 2*8 + 1*9 + 4*10 + 3*11 + 2*12 + 1*13
        // = 16 + 21 + 24 + 25 + 24 + 21 + 16 + 9 + 40 + 33 + 24 + 13 = 266; 266 mod 11 = 2; 11 - 2 = 9.
        PaymentReference reference = PaymentReference.ofInvoice("1234", "12345678");

        assertThat(reference.printed()).isEqualTo("SI12 1234123456789");
        assertThat(reference.compact()).isEqualTo("SI121234123456789");
        assertThat(PaymentReference.parse("si12 1234123456789")).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SI12 56782", "SI12 60", "SI12 1234123456789", "SI00 1234", "SI00 1-2-3",
            "SI00 12345678901234567890", "SI01 1234-56789", "SI99", "RF18 5390 0754 7034", "RF18539007547034",
            "rf18 5390 0754 7034", "RF45 A1B2"})
    void validReferencesAreAccepted(String text) {
        assertThat(PaymentReference.tryParse(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SI12 1234-12345678",           // the old demo reference: two parts, no check digit
            "SI12 56781",                   // check digit of 5678 is 2
            "SI12 5",                       // a check digit needs at least one digit before it
            "SI12 1234-56782",              // model 12 has exactly one part
            "SI01 1234-56781",              // 12345678: 8*2+7*3+6*4+5*5+4*6+3*7+2*8+1*9 = 156, mod 11 = 2, K = 9
            "SI00 123456789012345678901",   // 21 digits, at most 20
            "SI00 1-2-3-4",                 // at most three parts
            "SI00 12A4", "SI00", "SI00 -12", "SI99 12", "SIAB 1234",
            "SI05 1234",                    // a model whose check digits the portal does not know
            "RF19 5390 0754 7034",          // check digits of 539007547034 are 18
            "RF18", "RF18 5390 0754 7034 5390 0754 7", "RF18 5390-0754", "XX12 3456", "", "   "})
    void invalidReferencesAreRefused(String text) {
        assertThat(PaymentReference.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> PaymentReference.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rfCheckDigitsAreIso7064Mod97() {
        // 539007547034 + RF00 with R = 27, F = 15: 539007547034271500 mod 97 = 80; 98 - 80 = 18.
        assertThat(PaymentReference.parse("RF185390 0754 7034").printed()).isEqualTo("RF18 5390 0754 7034");
        // A1B2 + RF00 with A = 10, B = 11: 101112271500 mod 97 = 53; 98 - 53 = 45.
        assertThat(PaymentReference.parse("RF45A1B2").compact()).isEqualTo("RF45A1B2");
    }

    @Test
    void noReferenceIsModel99() {
        assertThat(PaymentReference.NONE.printed()).isEqualTo("SI99");
        assertThat(PaymentReference.parse("SI 99")).isEqualTo(PaymentReference.NONE);
    }
}
