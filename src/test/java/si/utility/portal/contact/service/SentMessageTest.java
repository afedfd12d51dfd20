package si.utility.portal.contact.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.contact.domain.ContactMessageStatus;

class SentMessageTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 25, 10, 0);

    @Test
    void shortMessagesShowWhole() {
        SentMessage message = new SentMessage(AT, "Kratko.", ContactMessageStatus.RECEIVED, List.of());

        assertThat(message.shortened()).isFalse();
        assertThat(message.preview()).isEqualTo("Kratko.");
    }

    @Test
    void longMessagesShowAPreviewAndKeepTheWholeText() {
        String body = "a".repeat(SentMessage.PREVIEW_LENGTH) + "KONEC";
        SentMessage message = new SentMessage(AT, body, ContactMessageStatus.RECEIVED, List.of());

        assertThat(message.shortened()).isTrue();
        assertThat(message.preview()).isEqualTo("a".repeat(SentMessage.PREVIEW_LENGTH) + " …");
        assertThat(message.body()).endsWith("KONEC");
    }
}
