package si.utility.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The WildFly of the "wildfly" test run (system property {@code portal.it.wildfly.home}): before any test,
 * server-config/wildfly/portal.cli configures a fresh copy of standalone.xml (standalone-portal-it.xml) with
 * jboss-cli's embedded server, as an administrator would on a stopped server. Arquillian then starts WildFly
 * with that configuration once for all test classes. The server reads the database and SMTP settings from the
 * environment Failsafe gives the tests. Other runs do nothing.
 */
public class WildFlyConfiguration implements LauncherSessionListener {

    private static final String SERVER_CONFIG = "standalone-portal-it.xml";
    /** WildFly's ports are its defaults (8080, 9990, ...) plus this offset. */
    private static final int PORT_OFFSET_FROM_BASE = 2_000;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("portal.it.wildfly.home") == null) {
            return;
        }
        Path home = ServerProcess.required("portal.it.wildfly.home");
        Path configuration = home.resolve("standalone/configuration");
        try {
            Files.copy(configuration.resolve("standalone.xml"), configuration.resolve(SERVER_CONFIG),
                    StandardCopyOption.REPLACE_EXISTING);
            ServerProcess.deleteRecursively(home.resolve("modules/org/postgresql"));
            Path script = Files.createTempFile("portal-wildfly-", ".cli");
            Files.writeString(script, "embed-server --std-out=discard --server-config=" + SERVER_CONFIG + "\n"
                    + Files.readString(ServerProcess.required("portal.it.wildfly.cli")) + "\nstop-embedded-server\n");
            ServerProcess.run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + script,
                    "-Dportal.jdbc.driver=" + ServerProcess.required("portal.it.jdbc-driver")),
                    home.resolveSibling("wildfly-jboss-cli.log"), 5);
            Files.delete(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int offset = ServerProcess.portBase() + PORT_OFFSET_FROM_BASE;
        System.setProperty("portal.it.wildfly.port-offset", String.valueOf(offset));
        System.setProperty("portal.it.wildfly.management-port", String.valueOf(9990 + offset));
    }
}
