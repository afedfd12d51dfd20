package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.platform.mail.MailFixtures.ACTIVATION;
import static si.utility.portal.platform.mail.MailFixtures.CLOCK;
import static si.utility.portal.platform.mail.MailFixtures.HTML;
import static si.utility.portal.platform.mail.MailFixtures.LINK;
import static si.utility.portal.platform.mail.MailFixtures.SUBJECT;
import static si.utility.portal.platform.mail.MailFixtures.TEXT;
import static si.utility.portal.platform.mail.MailFixtures.part;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMailTransportTest {

    @TempDir
    Path dataDir;

    private Path outbox() {
        return dataDir.resolve("outbox");
    }

    @Test
    void writesAMessageThatMailProgramsCanRead() throws Exception {
        Path file = new FileMailTransport(outbox(), MailFixtures.messages(), CLOCK).write(ACTIVATION);

        assertThat(file).hasParent(outbox());
        assertThat(file.getFileName().toString()).startsWith("20250314-102653-000-").endsWith(".eml");
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.getSubject()).isEqualTo(SUBJECT);
            assertThat(message.getRecipients(RecipientType.TO))
                    .containsExactly(new InternetAddress("ziga.sustar@example.si"));
            assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Komunalno podjetje Velenje");
            assertThat(message.getSentDate()).isEqualTo(CLOCK.instant());
            assertThat(message.isMimeType("multipart/alternative")).isTrue();
            assertThat(part(message, 0).isMimeType("text/plain")).isTrue();
            assertThat(part(message, 0).getContent()).asString().isEqualToNormalizingNewlines(TEXT);
            assertThat(part(message, 1).isMimeType("text/html")).isTrue();
            assertThat(part(message, 1).getContent()).asString().isEqualToNormalizingNewlines(HTML);
        }
    }

    @Test
    void writesPlainTextWithoutHtml() throws Exception {
        MailMessage plain = new MailMessage("ana@example.si", SUBJECT, TEXT);

        Path file = new FileMailTransport(outbox(), MailFixtures.messages(), CLOCK).write(plain);

        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.isMimeType("text/plain")).isTrue();
            assertThat(message.getContent()).asString().isEqualToNormalizingNewlines(TEXT);
        }
    }

    @Test
    void logsTheFileAndTheLinksOfTheText() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(FileMailTransport.class.getName());
        logger.addHandler(handler);
        try {
            new FileMailTransport(outbox(), MailFixtures.messages(), CLOCK).send(ACTIVATION);
        } finally {
            logger.removeHandler(handler);
        }

        try (var files = Files.list(outbox())) {
            Path file = files.findFirst().orElseThrow();
            assertThat(records).singleElement().satisfies(record -> assertThat(record.getMessage())
                    .contains(file.toString())
                    .contains("\n  " + LINK).doesNotContain(LINK + "."));
        }
    }

    @Test
    void findsLinksWithoutTheSentencePunctuationAroundThem() {
        assertThat(FileMailTransport.links("Kliknite https://a.si/x?t=1. Ali (http://b.si/y), ne ftp://c.si."))
                .containsExactly("https://a.si/x?t=1", "http://b.si/y");
    }
}
