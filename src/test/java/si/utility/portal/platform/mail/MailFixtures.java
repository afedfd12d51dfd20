package si.utility.portal.platform.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The activation mail both transports are tested with, and how to read its parts back. */
final class MailFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T09:26:53Z"), ZoneId.of("Europe/Ljubljana"));
    static final String FROM = "Komunalno podjetje Velenje <portal@kp-velenje.si>";
    static final String SUBJECT = "Aktivacija računa – Komunalno podjetje Velenje";
    static final String LINK = "https://portal.kp-velenje.si/account/activate?token=AbC-123_xyz";
    static final String TEXT = "Pozdravljeni, Žiga Šuštar!\n\nRačun aktivirate na " + LINK + ".\n";
    static final String HTML = "<p>Pozdravljeni, Žiga Šuštar!</p><p><a href=\"" + LINK + "\">Aktiviraj račun</a></p>";
    static final MailMessage ACTIVATION = new MailMessage("ziga.sustar@example.si", SUBJECT, TEXT, HTML);

    private MailFixtures() {
    }

    static MimeMessageFactory messages() {
        return new MimeMessageFactory(FROM, CLOCK);
    }

    static BodyPart part(MimeMessage message, int index) throws MessagingException, IOException {
        return ((MimeMultipart) message.getContent()).getBodyPart(index);
    }
}
