package si.utility.portal.platform.mail;

/** A message could not be handed over; the outbox will try again later. */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
