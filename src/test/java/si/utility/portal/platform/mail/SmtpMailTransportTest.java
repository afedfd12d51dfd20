package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static si.utility.portal.platform.mail.MailFixtures.ACTIVATION;
import static si.utility.portal.platform.mail.MailFixtures.HTML;
import static si.utility.portal.platform.mail.MailFixtures.SUBJECT;
import static si.utility.portal.platform.mail.MailFixtures.TEXT;
import static si.utility.portal.platform.mail.MailFixtures.part;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailTransportTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("portal", "secret"));

    private static SmtpMailTransport transport(int port, Optional<String> user, Optional<String> password) {
        SmtpSettings settings = new SmtpSettings("localhost", port, user, password, false);
        return new SmtpMailTransport(settings.session(), MailFixtures.messages());
    }

    @Test
    void deliversTextAndHtmlToTheServer() throws Exception {
        transport(SMTP.getSmtp().getPort(), Optional.of("portal"), Optional.of("secret")).send(ACTIVATION);

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(received.getRecipients(RecipientType.TO))
                .containsExactly(new InternetAddress("ziga.sustar@example.si"));
        assertThat(received.getFrom()).containsExactly(new InternetAddress("portal@kp-velenje.si"));
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        assertThat(part(received, 0).getContent()).asString().isEqualToNormalizingNewlines(TEXT);
        assertThat(part(received, 1).getContent()).asString().isEqualToNormalizingNewlines(HTML);
    }

    @Test
    void sendsWithoutLoginWhenNoUserIsConfigured() throws Exception {
        transport(SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty()).send(ACTIVATION);

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    }

    @Test
    void reportsAnUnreachableServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailTransport transport = transport(closedPort, Optional.empty(), Optional.empty());

        assertThatExceptionOfType(MailDeliveryException.class).isThrownBy(() -> transport.send(ACTIVATION));
    }
}
