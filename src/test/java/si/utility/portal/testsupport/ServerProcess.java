package si.utility.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a server's command line tool (asadmin, jboss-cli) for the server test runs, failing loudly. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** Runs the command to its end; its output goes to {@code log}, which a failure names. */
    static void run(List<String> command, Path log, int timeoutMinutes) {
        run(command, Map.of(), log, timeoutMinutes);
    }

    /** The same, with these variables added to the environment. */
    static void run(List<String> command, Map<String, String> env, Path log, int timeoutMinutes) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command) + " (see " + log + ")");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed with exit code " + process.exitValue() + ": "
                        + String.join(" ", command) + " (see " + log + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ports of the servers under test: derived from the build's SMTP port, so parallel builds never share them. */
    static int portBase() {
        return Integer.getInteger("portal.it.server.port-base",
                Integer.getInteger("portal.it.smtp.port") + 10_000);
    }

    static Path required(String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + systemProperty + " is not set (see pom.xml)");
        }
        return Path.of(value).toAbsolutePath();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
