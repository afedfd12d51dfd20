package si.utility.portal.platform.mail;

import java.time.Instant;

/** Outbox rows for tests that persist entities outside the container (the outbox itself builds them in it). */
public final class OutgoingMailSamples {

    /** What SmtpMailTransport stores when the mail server is away. */
    public static final String SERVER_AWAY = "SMTP delivery failed: Couldn't connect to host, port: mail.test, 25";

    private OutgoingMailSamples() {
    }

    public static OutgoingMail of(MailMessage message, Instant now) {
        return new OutgoingMail(message, now);
    }

    /** A message that failed as often as the outbox tries ({@code attempts}) and was given up. */
    public static OutgoingMail givenUp(MailMessage message, Instant now, int attempts) {
        OutgoingMail mail = new OutgoingMail(message, now);
        for (int i = 0; i < attempts; i++) {
            mail.failed(now, SERVER_AWAY, attempts);
        }
        return mail;
    }

    /** A message that failed once and waits for its next attempt. */
    public static OutgoingMail retrying(MailMessage message, Instant now) {
        OutgoingMail mail = new OutgoingMail(message, now);
        mail.failed(now, SERVER_AWAY, Integer.MAX_VALUE);
        return mail;
    }
}
