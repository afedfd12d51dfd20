package si.utility.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses once how mail leaves the portal: the server's mail session, SMTP from configuration, or files. */
@ApplicationScoped
class MailTransportProducer {

    private static final Logger LOG = Logger.getLogger(MailTransportProducer.class.getName());

    @Inject
    @ConfigProperty(name = "portal.mail.session-jndi")
    Optional<String> sessionJndi;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.port")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.starttls")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "portal.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    String dataDir;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    MailTransport mailTransport() {
        MimeMessageFactory messages = new MimeMessageFactory(from, clock);
        if (sessionJndi.isPresent()) {
            LOG.info(() -> "Mail is sent through the server's mail session " + sessionJndi.get());
            return new SmtpMailTransport(lookup(sessionJndi.get()), messages);
        }
        if (smtpHost.isPresent()) {
            LOG.info(() -> "Mail is sent through SMTP server " + smtpHost.get() + ":" + smtpPort);
            SmtpSettings smtp = new SmtpSettings(smtpHost.get(), smtpPort, smtpUser, smtpPassword, smtpStartTls);
            return new SmtpMailTransport(smtp.session(), messages);
        }
        Path outbox = Path.of(dataDir, "outbox");
        LOG.warning(() -> "No SMTP server configured: mail is written to " + outbox + " and not sent");
        return new FileMailTransport(outbox, messages, clock);
    }

    private static Session lookup(String jndiName) {
        try {
            return (Session) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("No mail session at portal.mail.session-jndi=" + jndiName, e);
        }
    }
}
