package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MailMessageTest {

    @Test
    void acceptsAnAddressWithAName() {
        assertThat(new MailMessage("Ana Novak <ana@example.si>", "Pozdrav", "Besedilo").to())
                .isEqualTo("Ana Novak <ana@example.si>");
    }

    @Test
    void rejectsAnythingButOneValidAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailMessage("not an address", "s", "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> new MailMessage("ana@example.si, eve@example.si", "s", "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> new MailMessage("ana@example.si\r\nBcc: eve@example.si", "s", "t"));
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        assertThat(new MailMessage("ana@example.si", "Pozdrav\r\nBcc: eve@example.si", "t").subject())
                .isEqualTo("Pozdrav Bcc: eve@example.si");
    }

    @Test
    void htmlIsOptional() {
        assertThat(new MailMessage("ana@example.si", "s", "t").htmlPart()).isEmpty();
        assertThat(new MailMessage("ana@example.si", "s", "t", "<p>t</p>").htmlPart()).contains("<p>t</p>");
    }
}
