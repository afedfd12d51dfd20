package si.utility.portal.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mail that reached GreenMail for one recipient, over IMAP. */
public final class TestMailbox {

    /** A received message, with the parts tests look at. */
    public record ReceivedMail(String to, String subject, String text, String html) {

        /** The first link in the text part that contains the given path, e.g. "/account/activate". */
        public String link(String path) {
            Matcher matcher = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No link to " + path + " in mail: " + text);
            }
            return matcher.group();
        }
    }

    private TestMailbox() {
    }

    /** Waits until at least {@code count} messages reached the recipient and returns all of them. */
    public static List<ReceivedMail> await(String recipient, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ReceivedMail> mails = List.of();
        while (Instant.now().isBefore(deadline)) {
            mails = read(recipient);
            if (mails.size() >= count) {
                return mails;
            }
            sleep();
        }
        throw new AssertionError("Expected " + count + " mail(s) for " + recipient + " within " + timeout
                + " but found " + mails.size());
    }

    /** Waits for the first message to a shared mailbox (such as the utility's) that the test recognises. */
    public static ReceivedMail awaitMatching(String recipient, Predicate<ReceivedMail> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<ReceivedMail> found = read(recipient).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("No matching mail for " + recipient + " within 30 s");
    }

    public static ReceivedMail awaitOne(String recipient) {
        return await(recipient, 1, Duration.ofSeconds(30)).get(0);
    }

    /** What the recipient has now, without waiting. */
    public static List<ReceivedMail> read(String recipient) {
        // In the test JVM Failsafe sets portal.it.smtp.port; inside the server the portal's own key names it.
        String smtpPort = System.getProperty("portal.it.smtp.port", System.getProperty("portal.mail.smtp.port"));
        int imapPort = Integer.parseInt(smtpPort)
                + GreenMailSession.IMAP_PORT_OFFSET;
        Properties props = new Properties();
        props.put("mail.store.protocol", "imap");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", imapPort, recipient, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<ReceivedMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(toMail(recipient, message));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read GreenMail's mailbox of " + recipient, e);
        }
    }

    private static ReceivedMail toMail(String recipient, Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
        } else {
            text = String.valueOf(content);
        }
        return new ReceivedMail(recipient, message.getSubject(), text, html);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
