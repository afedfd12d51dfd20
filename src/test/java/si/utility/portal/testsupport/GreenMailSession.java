package si.utility.portal.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real SMTP server (GreenMail) for the whole integration test run, started before the first test.
 * The portal under test delivers to its SMTP port; tests read what arrived over IMAP ({@link TestMailbox}),
 * which works from the test JVM and from inside the server alike. Unit test runs (no SMTP port given)
 * start nothing.
 */
public class GreenMailSession implements LauncherSessionListener {

    static final int IMAP_PORT_OFFSET = 118;
    private GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String smtpPort = System.getProperty("portal.it.smtp.port");
        if (smtpPort == null) {
            return;
        }
        int port = Integer.parseInt(smtpPort);
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(port + IMAP_PORT_OFFSET, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
