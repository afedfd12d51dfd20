package si.utility.portal.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.billing.service.UpnQrImage;

/**
 * Each payload's code is drawn once and kept; another amount is another code (and another image URL); the cache is
 * bounded.
 */
class QrImagesTest {

    private static final UpnQrPayload.Party PAYER = new UpnQrPayload.Party("NOVAK JANEZ", "Dunajska cesta bb",
            "3320 Velenje");
    private static final UpnQrPayload.Party KPV = new UpnQrPayload.Party("Komunalno podjetje Velenje, d. o. o.",
            "Koroška cesta 37/b", "3320 Velenje");

    private final QrImages images = new QrImages();

    private static UpnQrPayload payment(String amount) {
        return UpnQrPayload.of(PAYER, new BigDecimal(amount), "OTHR", "Plačilo 12345678", LocalDate.of(2026, 3, 5),
                "SI56 1910 0000 0123 438", PaymentReference.parse("SI12 1234123456789"), KPV);
    }

    @Test
    void theSamePayloadGivesTheSameImageDrawnOnce() {
        byte[] first = images.png(payment("12.34"));

        assertThat(images.png(payment("12.34"))).isSameAs(first).isEqualTo(UpnQrImage.png(payment("12.34")));
        String uri = images.dataUri(payment("12.34"));
        assertThat(Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()))).isEqualTo(first);
    }

    @Test
    void anotherAmountIsAnotherCodeAndAnotherVersion() {
        assertThat(images.png(payment("12.35"))).isNotEqualTo(images.png(payment("12.34")));
        assertThat(QrImages.version(payment("12.35"))).isNotEqualTo(QrImages.version(payment("12.34")))
                .hasSize(16).isEqualTo(QrImages.version(payment("12.35")));
    }

    @Test
    void noPaymentNoImage() {
        assertThat(images.dataUri(null)).isNull();
    }

    @Test
    void theLeastRecentlyShownIsGivenUpBeyondTheBound() {
        QrImages two = new QrImages(2);
        byte[] a = two.png(payment("1.00"));
        byte[] b = two.png(payment("2.00"));
        two.png(payment("1.00"));
        two.png(payment("3.00"));

        assertThat(two.png(payment("1.00"))).as("shown again meanwhile, kept").isSameAs(a);
        assertThat(two.png(payment("2.00"))).as("given up, drawn again").isNotSameAs(b).isEqualTo(b);
    }
}
