package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kinds are told from the messages Jakarta Mail gives, as SmtpMailTransport stores them. */
class MailErrorKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SMTP delivery failed: Couldn't connect to host, port: mail.example, 25; timeout -1 | CONNECTION",
            "SMTP delivery failed: Unknown SMTP host: mail.example | CONNECTION",
            "SMTP delivery failed: Exception reading response; Read timed out | TIMEOUT",
            "SMTP delivery failed: 535 5.7.8 Authentication credentials invalid | AUTHENTICATION",
            "SMTP delivery failed: Invalid Addresses | ADDRESS_REFUSED",
            "SMTP delivery failed: 550 5.1.1 <ana@example.si>: Recipient address rejected | ADDRESS_REFUSED",
            "Mail folder not writable | OTHER"})
    void tellsTheKindFromTheErrorText(String error, MailErrorKind kind) {
        assertThat(MailErrorKind.of(error)).isEqualTo(kind);
    }

    @Test
    void aMessageThatNeverFailedHasNoKind() {
        assertThat(MailErrorKind.of(null)).isNull();
    }
}
