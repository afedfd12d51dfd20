package si.utility.portal.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Without an SMTP server, writes each message as an {@code .eml} file and logs its links, so a developer
 * or a first installation can still follow an activation link.
 */
final class FileMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(FileMailTransport.class.getName());
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]']+$");

    private final Path folder;
    private final MimeMessageFactory messages;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    FileMailTransport(Path folder, MimeMessageFactory messages, Clock clock) {
        this.folder = folder;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void send(MailMessage message) throws MailDeliveryException {
        Path file = write(message);
        LOG.info(() -> "Mail to " + message.to() + " written to " + file
                + links(message.text()).stream().map(link -> "\n  " + link).collect(Collectors.joining()));
    }

    Path write(MailMessage message) throws MailDeliveryException {
        String name = FILE_TIME.format(clock.instant().atZone(clock.getZone())) + "-" + UUID.randomUUID();
        Path file = folder.resolve(name + ".eml");
        Path partial = folder.resolve(name + ".tmp");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(partial)) {
                messages.create(session, message).writeTo(out);
            }
            // Whoever watches the folder only ever sees complete files.
            return Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new MailDeliveryException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    static List<String> links(String text) {
        return LINK.matcher(text).results()
                .map(match -> TRAILING_PUNCTUATION.matcher(match.group()).replaceFirst(""))
                .toList();
    }
}
