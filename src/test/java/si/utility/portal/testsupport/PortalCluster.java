package si.utility.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Two portal nodes, joined in their server's data grid, on the throwaway PostgreSQL ({@link PostgresSession})
 * behind HAProxy with the administrator's {@code server-config/haproxy/portal.cfg}, as README "Administrators → Two
 * nodes" shows: Payara Micro nodes ({@link PayaraMicroNodes}), Payara Server instances of a deployment group
 * ({@link PayaraServerNodes}) or WildFly nodes ({@link WildFlyNodes}). The nodes run
 * the test WAR (the portal plus its fixtures) at "/"; their output goes to {@code target/cluster/<node>.log}.
 */
public final class PortalCluster implements AutoCloseable {

    public static final String NODE_A = "node-a";
    public static final String NODE_B = "node-b";
    /** The cookie by which HAProxy keeps a visitor on one node (portal.cfg). */
    public static final String NODE_COOKIE = "PORTAL_NODE";
    private static final Duration NODE_START = Duration.ofMinutes(6);
    static final Path DIR = Path.of("target", "cluster").toAbsolutePath();

    /** HTTP/1.1: an HTTP/2 upgrade would answer through a tunnel past the balancer's cookie. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final int balancerPort;
    private final Path war;
    private final Launcher launcher;
    private Process balancer;

    private PortalCluster(int balancerPort, Path war, List<Node> nodes, Launcher launcher) {
        this.balancerPort = balancerPort;
        this.war = war;
        this.launcher = launcher;
        nodes.forEach(node -> this.nodes.put(node.name, node));
    }

    /**
     * Starts the nodes one after the other (the first one migrates the empty database), then the balancer.
     * {@code warFile} is the server family's WAR; its test archive is made from it.
     */
    static PortalCluster start(int balancerPort, Path warFile, List<Node> nodes, Launcher launcher) {
        try {
            ServerProcess.deleteRecursively(DIR);
            Files.createDirectories(DIR);
            Path war = DIR.resolve("ROOT.war");
            Deployments.portal(warFile.toFile()).as(ZipExporter.class).exportTo(war.toFile(), true);
            PortalCluster cluster = new PortalCluster(balancerPort, war, nodes, launcher);
            try {
                launcher.prepare(cluster);
                for (Node node : cluster.nodes()) {
                    cluster.launch(node);
                }
                cluster.startBalancer();
                cluster.awaitVisitorsOnBothNodes();
                return cluster;
            } catch (IOException | RuntimeException e) {
                cluster.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch(Node node) throws IOException {
        node.process = launcher.command(node, this).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(node.log.toFile())).start();
        awaitReady(node);
    }

    /** Starts a node that was killed again, and waits until the balancer sends visitors to it. */
    public void restart(String name) {
        try {
            launch(nodes.get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitVisitorsOnBothNodes();
    }

    /** The portal as visitors reach it, through the balancer. */
    public URL balancer() {
        return url(balancerPort);
    }

    /** One node directly, past the balancer. */
    public URL node(String name) {
        return url(nodes.get(name).httpPort);
    }

    /** What the node wrote to its standard output so far, in complete lines. */
    public List<String> logLines(String name) {
        return lines(nodes.get(name).log);
    }

    /** What HAProxy logged so far (a line per request). */
    public List<String> balancerLogLines() {
        return lines(DIR.resolve("haproxy.log"));
    }

    /**
     * The {@code nth} line (from 1) of HAProxy's log that matches, once it is there: HAProxy writes a request's
     * line after it sent the answer, so a client may see the answer first.
     */
    public String awaitBalancerLogLine(Predicate<String> matching, int nth) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (true) {
            List<String> found = balancerLogLines().stream().filter(matching).toList();
            if (found.size() >= nth) {
                return found.get(nth - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("HAProxy logged " + found.size() + " matching line(s), not " + nth);
            }
            pause();
        }
    }

    /** The complete lines: a line the process is still writing (no line end yet) is left for the next read. */
    private static List<String> lines(Path log) {
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            return text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a node answers its readiness (the balancer's check). */
    public URI readiness(String name) {
        return URI.create(url(nodes.get(name).healthPort) + "health/ready");
    }

    /** Waits until a GET of {@code uri} answers {@code status}; fails after {@code timeout}. */
    public void awaitStatus(URI uri, int status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                last = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new AssertionError(uri + " did not answer " + status + " within " + timeout + " (last: " + last + ")");
    }

    /** The other of the two nodes. */
    public static String other(String name) {
        return NODE_A.equals(name) ? NODE_B : NODE_A;
    }

    /** {@code kill -9} of the node's processes: it dies at once, with whatever it was doing. */
    public void kill(String name) {
        Process process = nodes.get(name).process;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the node as its host's service manager would (SIGTERM), and waits until it has ended. */
    public void stop(String name) {
        Process process = nodes.get(name).process;
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                throw new AssertionError(name + " did not stop within 2 minutes of SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.destroyForcibly();
        }
        for (Node node : nodes.values()) {
            if (node.process != null) {
                node.process.descendants().forEach(ProcessHandle::destroyForcibly);
                node.process.destroyForcibly();
            }
        }
        launcher.stop(this);
    }

    private void startBalancer() throws IOException {
        Node a = nodes.get(NODE_A);
        Node b = nodes.get(NODE_B);
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("portal.it.haproxy", "/usr/sbin/haproxy"), "-db",
                "-f", Path.of("server-config/haproxy/portal.cfg").toAbsolutePath().toString());
        builder.environment().putAll(Map.of(
                "PORTAL_LB_BIND", "127.0.0.1:" + balancerPort,
                "PORTAL_NODE_A", "127.0.0.1:" + a.httpPort, "PORTAL_HEALTH_PORT_A", String.valueOf(a.healthPort),
                "PORTAL_NODE_B", "127.0.0.1:" + b.httpPort, "PORTAL_HEALTH_PORT_B", String.valueOf(b.healthPort)));
        balancer = builder.redirectErrorStream(true).redirectOutput(DIR.resolve("haproxy.log").toFile()).start();
    }

    /** Both nodes are in once the balancer's checks passed: fresh visitors are sent to each in turn. */
    private void awaitVisitorsOnBothNodes() {
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> seen = new ArrayList<>();
        while (seen.size() < 2) {
            String node = servedBy(balancer() + "account/login");
            if (node != null && !seen.contains(node)) {
                seen.add(node);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("HAProxy did not send visitors to both nodes, only to " + seen
                        + " (see " + DIR.resolve("haproxy.log") + ")");
            }
            pause();
        }
    }

    /** The node that answered a fresh visitor (the balancer's cookie), or null while the balancer is not there. */
    private String servedBy(String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().allValues("set-cookie").stream()
                    .filter(cookie -> cookie.startsWith(NODE_COOKIE + "="))
                    .map(cookie -> cookie.substring(NODE_COOKIE.length() + 1, cookie.indexOf(';')))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Node node) {
        Instant deadline = Instant.now().plus(NODE_START);
        URI ready = readiness(node.name);
        while (true) {
            if (!node.process.isAlive()) {
                throw new IllegalStateException(node.name + " ended with exit code " + node.process.exitValue()
                        + " (see " + node.log + ")");
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet, or starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(node.name + " was not ready within " + NODE_START + " (see "
                        + node.log + ")");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URL url(int port) {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How one server family starts a node of the cluster. */
    interface Launcher {

        /** What the family needs before its first node starts (the WAR is there). */
        default void prepare(PortalCluster cluster) throws IOException {
        }

        /** The command that starts the node, its output not yet redirected. */
        ProcessBuilder command(Node node, PortalCluster cluster) throws IOException;

        /** What the family needs stopped after its nodes were killed. */
        default void stop(PortalCluster cluster) {
        }
    }

    /** One node: its ports and, while it runs, its process. */
    static final class Node {

        final String name;
        final int httpPort;
        final int healthPort;
        final int gridPort;
        final Path dir;
        private final Path log;
        private Process process;

        Node(String name, int httpPort, int healthPort, int gridPort) {
            this.name = name;
            this.httpPort = httpPort;
            this.healthPort = healthPort;
            this.gridPort = gridPort;
            this.dir = DIR.resolve(name);
            this.log = DIR.resolve(name + ".log");
        }
    }

    /** The portal's settings for every node, as an administrator sets them: environment variables. */
    void configure(Map<String, String> env, Node node) throws IOException {
        configureResources(env);
        env.put("PORTAL_BASE_URL", "http://127.0.0.1:" + balancerPort);
        env.put("PORTAL_MAIL_POLL_SECONDS", "1");
        // A killed node's message goes to the other node after this (300 s in production).
        env.put("PORTAL_MAIL_LEASE_SECONDS", "15");
        env.put("PORTAL_CAPTCHA_FIXED_ANSWER", "TEST1");
        env.put("PORTAL_DATA_DIR", Files.createDirectories(node.dir.resolve("data")).toString());
    }

    /** The database and the SMTP server, which a server's own resources take (portal.asadmin, portal.cli). */
    static void configureResources(Map<String, String> env) {
        env.put("PORTAL_DB_HOST", "127.0.0.1");
        env.put("PORTAL_DB_PORT", System.getProperty("portal.it.postgres.port"));
        env.put("PORTAL_DB_NAME", System.getProperty("portal.it.postgres.cluster-database"));
        env.put("PORTAL_DB_USER", System.getProperty("portal.it.postgres.user"));
        env.put("PORTAL_DB_PASSWORD", System.getProperty("portal.it.postgres.password"));
        env.put("PORTAL_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("PORTAL_MAIL_SMTP_PORT", System.getProperty("portal.it.smtp.port"));
    }

    Path war() {
        return war;
    }

    List<Node> nodes() {
        return List.of(nodes.get(NODE_A), nodes.get(NODE_B));
    }
}
