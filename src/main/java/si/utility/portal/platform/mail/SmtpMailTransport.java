package si.utility.portal.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/** Delivers to an SMTP server, through the server's mail session or one built from configuration. */
final class SmtpMailTransport implements MailTransport {

    private final Session session;
    private final MimeMessageFactory messages;

    SmtpMailTransport(Session session, MimeMessageFactory messages) {
        this.session = session;
        this.messages = messages;
    }

    @Override
    public void send(MailMessage message) throws MailDeliveryException {
        try {
            Transport.send(messages.create(session, message));
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP delivery failed: " + e.getMessage(), e);
        }
    }
}
