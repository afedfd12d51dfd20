package si.utility.portal.platform.mail;

import java.time.Instant;

/** Outbox rows for tests that persist entities outside the container (the outbox itself builds them in it). */
public final class OutgoingMailSamples {

    private OutgoingMailSamples() {
    }

    public static OutgoingMail of(MailMessage message, Instant now) {
        return new OutgoingMail(message, now);
    }
}
