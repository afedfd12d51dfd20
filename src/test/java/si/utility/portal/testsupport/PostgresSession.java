package si.utility.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A throwaway PostgreSQL server (Debian's {@code postgresql} package) for the whole integration test run, when
 * {@code portal.it.postgres.port} is set (0 = any free port). It gets a fresh data folder
 * ({@code portal.it.postgres.dir}), the role and database of {@code server-config/database/postgresql-create.sql},
 * and is stopped when the run ends, failed or not. Tests and the servers they start find it through the system
 * properties {@code portal.it.postgres.url}, {@code .user}, {@code .password}, and for servers that want the parts
 * {@code .port} (now the port in use), {@code .database} and {@code .cluster-database} (a second, empty database
 * for the cluster tests); the host is 127.0.0.1.
 * <p>
 * {@code initdb} refuses to run as root, so under root the server runs as the unprivileged
 * {@code portal.it.postgres.os-user} (default {@code postgres}, created by the Debian package), with its folder
 * under the temporary directory.
 */
public class PostgresSession implements LauncherSessionListener {

    static final String USER = "portal";
    static final String PASSWORD = "portal-it";
    private static final String DATABASE = "portal";
    /** The database of the cluster tests' nodes ({@link PortalCluster}), apart from the one other tests reset. */
    private static final String CLUSTER_DATABASE = "portal_cluster";
    private static final Path CREATE_SCRIPT = Path.of("server-config/database/postgresql-create.sql");
    private static final long TIMEOUT_SECONDS = 60;
    /** Its data are thrown away anyway: no waiting for the disk. */
    private static final String THROWAWAY = " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";

    /** The server of this run, for the tests that stop and start it again. */
    private static PostgresSession running;

    private Path dataDir;
    private Path binDir;
    private String osUser;
    private Thread stopOnExit;
    private String serverOptions;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String requestedPort = System.getProperty("portal.it.postgres.port");
        if (requestedPort == null || requestedPort.isBlank()) {
            return;
        }
        int port = Integer.parseInt(requestedPort) == 0 ? freePort() : Integer.parseInt(requestedPort);
        binDir = binDir();
        osUser = "root".equals(System.getProperty("user.name"))
                ? System.getProperty("portal.it.postgres.os-user", "postgres") : null;
        Path home = home();
        dataDir = home.resolve("data");

        stopLeftover();
        deleteRecursively(home);
        createOwnedDirectory(home);
        run(true, "initdb", "-D", dataDir.toString(), "-U", "postgres", "-E", "UTF8", "--locale=C",
                "--auth-local=trust", "--auth-host=scram-sha-256");
        stopOnExit = new Thread(this::stop, "postgres-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        serverOptions = "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1" + THROWAWAY;
        start();
        run(false, "psql", "-h", home.toString(), "-p", String.valueOf(port), "-U", "postgres", "-d", "postgres",
                "-q", "-v", "portal_user=" + USER, "-v", "portal_password=" + PASSWORD,
                "-v", "portal_database=" + DATABASE, "-f", CREATE_SCRIPT.toAbsolutePath().toString());
        run(false, "psql", "-h", home.toString(), "-p", String.valueOf(port), "-U", "postgres", "-d", "postgres",
                "-q", "-c", "CREATE DATABASE " + CLUSTER_DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");

        System.setProperty("portal.it.postgres.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE);
        System.setProperty("portal.it.postgres.port", String.valueOf(port));
        System.setProperty("portal.it.postgres.database", DATABASE);
        System.setProperty("portal.it.postgres.cluster-database", CLUSTER_DATABASE);
        System.setProperty("portal.it.postgres.user", USER);
        System.setProperty("portal.it.postgres.password", PASSWORD);
        running = this;
    }

    /** Stops this run's server as an outage would (connections cut), until {@link #startAgain()}. */
    public static synchronized void stopForATest() {
        running.stop();
    }

    public static synchronized void startAgain() {
        running.start();
    }

    private void start() {
        run(true, "pg_ctl", "start", "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "-D", dataDir.toString(),
                "-l", dataDir.resolveSibling("postgres.log").toString(), "-o", serverOptions);
    }

    /**
     * The folder of the server's data, socket and logs. Run as root, the project may sit in a folder the server's
     * user cannot enter (such as /root), so the folder is then under the temporary directory, one per project.
     */
    private Path home() {
        Path configured = Path.of(System.getProperty("portal.it.postgres.dir", "target/it-postgres")).toAbsolutePath();
        if (osUser == null) {
            return configured;
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "portal-it-postgres-" + Integer.toHexString(configured.toString().hashCode()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stopOnExit != null) {
            stop();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            stopOnExit = null;
        }
    }

    private synchronized void stop() {
        if (dataDir != null && Files.exists(dataDir.resolve("postmaster.pid"))) {
            run(true, "pg_ctl", "stop", "-w", "-m", "fast", "-D", dataDir.toString());
        }
    }

    /** A server of an earlier run that was killed before it could stop its PostgreSQL. */
    private void stopLeftover() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            run(true, "pg_ctl", "stop", "-w", "-m", "immediate", "-D", dataDir.toString());
        }
    }

    private static Path binDir() {
        String configured = System.getProperty("portal.it.postgres.bin");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow(PostgresSession::notInstalled);
        } catch (IOException e) {
            throw notInstalled();
        }
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("PostgreSQL server binaries not found in /usr/lib/postgresql/<version>/bin:"
                + " install Debian's postgresql package or set portal.it.postgres.bin");
    }

    /** Runs a PostgreSQL program, as the unprivileged user if we are root and it is a server program. */
    private void run(boolean asServerUser, String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asServerUser && osUser != null) {
            command.addAll(List.of("runuser", "-u", osUser, "--"));
        }
        command.add(binDir.resolve(program).toString());
        command.addAll(List.of(arguments));
        File output = dataDir.resolveSibling("commands.log").toFile();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output)).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed, see " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void createOwnedDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (osUser != null) {
            List<String> chown = List.of("chown", osUser, directory.toString());
            try {
                if (new ProcessBuilder(chown).inheritIO().start().waitFor() != 0) {
                    throw new IllegalStateException("Could not give " + directory + " to " + osUser);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
