package si.utility.portal.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail to one recipient, as the features write it; {@link MailOutbox#enqueue} sends it.
 *
 * @param to   a single address, optionally with a name ({@code Ana Novak <ana@example.si>})
 * @param html the HTML alternative of {@code text}, or {@code null} for a plain-text message
 */
public record MailMessage(String to, String subject, String text, String html) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        try {
            // Rejects lists and malformed addresses while the caller can still tell the user.
            new InternetAddress(to, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a single valid e-mail address: " + to, e);
        }
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
    }

    public MailMessage(String to, String subject, String text) {
        this(to, subject, text, null);
    }

    public Optional<String> htmlPart() {
        return Optional.ofNullable(html);
    }
}
