package si.utility.portal.platform.mail;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;

/**
 * Turns a {@link MailMessage} into MIME. Every header goes through the Jakarta Mail API, which encodes
 * and folds it, so no value can smuggle in a header of its own.
 */
final class MimeMessageFactory {

    private static final String UTF_8 = "UTF-8";

    private final InternetAddress from;
    private final Clock clock;

    MimeMessageFactory(String from, Clock clock) {
        this.from = sender(from);
        this.clock = clock;
    }

    MimeMessage create(Session session, MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(from);
        mime.setRecipient(RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        if (message.html() == null) {
            mime.setText(message.text(), UTF_8);
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(part(message.text(), "plain"));
            alternatives.addBodyPart(part(message.html(), "html"));
            mime.setContent(alternatives);
        }
        mime.saveChanges();
        return mime;
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }

    private static InternetAddress sender(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            // Re-created so that a name with Slovenian letters is encoded rather than sent raw.
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("portal.mail.from is not a valid address: " + from, e);
        }
    }
}
