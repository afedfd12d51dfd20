package si.utility.portal.platform.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** The portal.mail.smtp.* keys, for when the server defines no mail session. */
record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, boolean startTls) {

    /** A server that stops answering must not hold a delivery run, and its transaction, for long. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        if (startTls) {
            // Required, not just enabled: otherwise a tampered server reply silently downgrades to plain text.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (user.isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        PasswordAuthentication credentials = new PasswordAuthentication(user.get(), password.orElse(""));
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        });
    }
}
