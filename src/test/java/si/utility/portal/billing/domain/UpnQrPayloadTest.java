package si.utility.portal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The UPN QR text against the technical standard of Združenje bank Slovenije. */
class UpnQrPayloadTest {

    private static final UpnQrPayload.Party PAYER = new UpnQrPayload.Party("NOVAK JANEZ", "Dunajska cesta bb",
            "3320 Velenje");
    private static final UpnQrPayload.Party KPV = new UpnQrPayload.Party("Komunalno podjetje Velenje, d. o. o.",
            "Koroška cesta 37/b", "3320 Velenje");

    private static UpnQrPayload sample(BigDecimal amount) {
        return UpnQrPayload.of(PAYER, amount, "OTHR", "Plačilo 12345678", LocalDate.of(2026, 3, 5),
                "SI56 1910 0000 0123 438", PaymentReference.parse("SI12 1234123456789"), KPV);
    }

    @Test
    void nineteenFieldsInTheStandardsOrderEachEndedByALineFeedThenTheLengthCheck() {
        String expected = String.join("\n", "UPNQR", "", "", "", "", "NOVAK JANEZ", "Dunajska cesta bb",
                "3320 Velenje", "00000123456", "", "", "OTHR", "Plačilo 12345678", "05.03.2026",
                "SI56191000000123438", "SI121234123456789", "Komunalno podjetje Velenje, d. o.",
                "Koroška cesta 37/b", "3320 Velenje", "204", "");

        assertThat(sample(new BigDecimal("1234.56")).text()).isEqualTo(expected);
    }

    @Test
    void lengthCheckIsTheSumOfTheFieldLengthsPlusNineteen() {
        UpnQrPayload payload = sample(new BigDecimal("7.5"));
        List<String> fields = payload.fields();

        assertThat(fields).hasSize(20);
        int sum = fields.subList(0, 19).stream().mapToInt(String::length).sum();
        assertThat(fields.get(19)).isEqualTo("%03d".formatted(sum + 19)).hasSize(3);
        assertThat(payload.text()).endsWith("\n").hasLineCount(20);
    }

    @Test
    void amountIsElevenDigitsOfCents() {
        assertThat(sample(new BigDecimal("7.5")).fields().get(8)).isEqualTo("00000000750");
        assertThat(sample(new BigDecimal("0.01")).fields().get(8)).isEqualTo("00000000001");
        assertThat(sample(new BigDecimal("999999999.99")).fields().get(8)).isEqualTo("99999999999");
        assertThat(sample(new BigDecimal("12.345")).fields().get(8)).isEqualTo("00000001235");
        assertThatThrownBy(() -> sample(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sample(new BigDecimal("1000000000"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overLongFieldsAreCutToTheirMaximumAndTheLengthCheckFollows() {
        String longName = "Združenje lastnikov stanovanj Šaleška cesta 19 in 21, Velenje";
        UpnQrPayload payload = UpnQrPayload.of(new UpnQrPayload.Party(longName, "Ulica " + "x".repeat(40),
                        "3320 Velenje"), BigDecimal.TEN, "OTHR",
                "Plačilo računov za komunalne storitve za obdobje januar–marec", null,
                "SI56 1910 0000 0123 438", PaymentReference.parse("SI00 " + "1".repeat(20)), KPV);
        List<String> fields = payload.fields();

        assertThat(fields.get(5)).isEqualTo("Združenje lastnikov stanovanj Šal").hasSizeLessThanOrEqualTo(33);
        assertThat(fields.get(6)).hasSize(33);
        assertThat(fields.get(12)).hasSize(42).startsWith("Plačilo računov za komunalne storitve");
        assertThat(fields.get(13)).isEmpty();
        assertThat(fields.get(15)).isEqualTo("SI00" + "1".repeat(20));
        int sum = fields.subList(0, 19).stream().mapToInt(String::length).sum();
        assertThat(fields.get(19)).isEqualTo(String.valueOf(sum + 19));
    }

    @Test
    void slovenianLettersStayAndOthersLoseTheirAccentsSoEveryCharacterIsOneByteOfIso88592() {
        UpnQrPayload payload = UpnQrPayload.of(new UpnQrPayload.Party("ŽAGAR ŠPELA ČRNKO Ćurić", "Peña 5 €\nB",
                "3325 Šoštanj"), BigDecimal.ONE, "OTHR", "Plačilo", null, "SI56191000000123438", PaymentReference.NONE, KPV);

        assertThat(payload.fields().get(5)).isEqualTo("ŽAGAR ŠPELA ČRNKO Ćurić");
        assertThat(payload.fields().get(6)).isEqualTo("Pena 5 ? B");
        assertThat(payload.bytes()).hasSize(payload.text().length());
        assertThat(new String(payload.bytes(), UpnQrPayload.CHARSET)).isEqualTo(payload.text());
        assertThat(payload.bytes()[payload.text().indexOf('Ž')]).isEqualTo((byte) 0xAE);
    }

    @Test
    void ibanLosesItsSpaces() {
        assertThat(UpnQrPayload.compact("si56 1910 0000 0123 438")).isEqualTo("SI56191000000123438");
    }

    @Test
    void aReferenceIsRequiredAndCarriedWithoutSpaces() {
        assertThat(sample(BigDecimal.ONE).fields().get(15)).isEqualTo("SI121234123456789");
        assertThatThrownBy(() -> UpnQrPayload.of(PAYER, BigDecimal.ONE, "OTHR", "Plačilo", null,
                "SI56191000000123438", null, KPV)).isInstanceOf(NullPointerException.class);
    }
}
