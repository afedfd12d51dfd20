package si.utility.portal.platform.mail;

/** Hands a message over to whatever delivers it further: an SMTP server or the outbox folder. */
public interface MailTransport {

    void send(MailMessage message) throws MailDeliveryException;
}
