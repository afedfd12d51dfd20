package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2025-10-26T00:30:00Z");

    private final OutgoingMail mail = new OutgoingMail(new MailMessage("ana@example.si", "Pozdrav", "Besedilo"), NOW);

    @Test
    void isDueAsSoonAsItIsEnqueued() {
        assertThat(mail.isDue(NOW)).isTrue();
        assertThat(mail.attempts()).isZero();
    }

    @Test
    void failureSchedulesTheNextAttemptWithBackoff() {
        mail.failed(NOW, "connection refused", 12);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(mail.isDue(NOW.plusSeconds(29))).isFalse();
        assertThat(mail.isDue(NOW.plusSeconds(30))).isTrue();

        mail.failed(NOW.plusSeconds(30), "connection refused", 12);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(mail.attempts()).isEqualTo(2);
        assertThat(mail.lastError()).isEqualTo("connection refused");
        assertThat(mail.isGivenUp()).isFalse();
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        mail.failed(NOW, "refused", 2);
        mail.failed(NOW.plusSeconds(30), "refused", 2);

        assertThat(mail.isGivenUp()).isTrue();
        assertThat(mail.isDue(NOW.plusSeconds(86_400))).isFalse();
    }

    @Test
    void sentMailIsNeverDueAgain() {
        mail.sent(NOW);

        assertThat(mail.isDue(NOW.plusSeconds(86_400))).isFalse();
        assertThat(mail.isGivenUp()).isFalse();
    }

    @Test
    void keepsLongErrorsShort() {
        mail.failed(NOW, "x".repeat(5000), 12);

        assertThat(mail.lastError()).hasSize(OutgoingMail.MAX_ERROR_LENGTH);
    }

    @Test
    void givesBackTheMessage() {
        MailMessage message = new MailMessage("ana@example.si", "Pozdrav", "Besedilo", "<p>Besedilo</p>");

        assertThat(new OutgoingMail(message, NOW).message()).isEqualTo(message);
    }

    @Test
    void aSentMessageKeepsNoBodyWithItsLinks() {
        OutgoingMail activation = new OutgoingMail(new MailMessage("ana@example.si", "Aktivacija",
                "https://portal.example/account/activate?token=secret", "<a href=\"...?token=secret\">"), NOW);

        activation.sent(NOW);

        assertThat(activation.message().text()).isEmpty();
        assertThat(activation.message().html()).isNull();
        assertThat(activation.message().subject()).isEqualTo("Aktivacija");
    }

    /** Nobody received it, so the back office may send it again; the retention run deletes it with its body. */
    @Test
    void aMessageGivenUpKeepsItsBodyToBeSentAgain() {
        mail.failed(NOW, "SMTP delivery failed: Couldn't connect to host, port: localhost, 25; timeout -1", 2);
        assertThat(mail.entry().resendable()).as("still being retried").isFalse();

        mail.failed(NOW.plusSeconds(30), "SMTP delivery failed: Couldn't connect to host", 2);

        assertThat(mail.message().text()).isEqualTo("Besedilo");
        assertThat(mail.entry().givenUp()).isTrue();
        assertThat(mail.entry().resendable()).isTrue();
        assertThat(mail.entry().lastErrorKind()).isEqualTo(MailErrorKind.CONNECTION);
    }
}
