package si.utility.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The Payara Server of the "payara-server" test run (system property {@code portal.it.payara.home}): a fresh
 * domain under target/, started once for all test classes with server-config/payara/portal.asadmin as its
 * post-boot command file, exactly as the Docker image starts it; Arquillian then deploys to the running domain.
 * The domain reads the database and SMTP settings from the environment Failsafe gives the tests. Other runs
 * start nothing.
 */
public class PayaraServerDomain implements LauncherSessionListener {

    private static final String DOMAIN = "portal-it";
    private static final int ADMIN_PORT_OFFSET = 48;

    private Path asadmin;
    private Path domainsDir;
    private Path log;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("portal.it.payara.home") == null) {
            return;
        }
        Path home = ServerProcess.required("portal.it.payara.home");
        asadmin = home.resolve("bin/asadmin");
        domainsDir = home.resolveSibling("payara-domains");
        log = home.resolveSibling("payara-domains-asadmin.log");
        int portBase = ServerProcess.portBase();
        try {
            ServerProcess.deleteRecursively(domainsDir);
            ServerProcess.run(List.of(asadmin.toString(), "create-domain", "--nopassword", "--portbase",
                    String.valueOf(portBase), "--domaindir", domainsDir.toString(), DOMAIN), log, 5);
            Files.copy(ServerProcess.required("portal.it.jdbc-driver"),
                    domainsDir.resolve(DOMAIN).resolve("lib/postgresql.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerProcess.run(List.of(asadmin.toString(), "start-domain", "--domaindir", domainsDir.toString(),
                "--postbootcommandfile", ServerProcess.required("portal.it.payara.post-boot").toString(), DOMAIN),
                log, 10);
        System.setProperty("portal.it.payara.admin-port", String.valueOf(portBase + ADMIN_PORT_OFFSET));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (asadmin != null) {
            ServerProcess.run(List.of(asadmin.toString(), "stop-domain", "--domaindir", domainsDir.toString(),
                    DOMAIN), log, 5);
        }
    }
}
