package si.utility.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Two portal nodes on Payara Micro, joined in one data grid, on the throwaway PostgreSQL ({@link PostgresSession})
 * behind HAProxy: started with the administrator's own files, {@code server-config/payara-micro/cluster-node.sh}
 * and {@code server-config/haproxy/portal.cfg}, as README "Administrators → Two nodes" shows. The nodes deploy the
 * test WAR (the portal plus its fixtures); their output goes to {@code target/cluster/<node>.log}.
 */
public final class PortalCluster implements AutoCloseable {

    public static final String NODE_A = "node-a";
    public static final String NODE_B = "node-b";
    /** The cookie by which HAProxy keeps a visitor on one node (portal.cfg). */
    public static final String NODE_COOKIE = "PORTAL_NODE";
    private static final Duration NODE_START = Duration.ofMinutes(6);
    private static final Path DIR = Path.of("target", "cluster").toAbsolutePath();

    /** HTTP/1.1: an HTTP/2 upgrade would answer through a tunnel past the balancer's cookie. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Node> nodes = new HashMap<>();
    private final int balancerPort;
    private Process balancer;

    private PortalCluster(int portBase) {
        balancerPort = portBase;
        nodes.put(NODE_A, new Node(NODE_A, portBase + 1, portBase + 11));
        nodes.put(NODE_B, new Node(NODE_B, portBase + 2, portBase + 12));
    }

    /** Starts the nodes one after the other (the first one migrates the empty database), then the balancer. */
    public static PortalCluster start() {
        PortalCluster cluster = new PortalCluster(ServerProcess.portBase() + 3_000);
        try {
            ServerProcess.deleteRecursively(DIR);
            Files.createDirectories(DIR);
            Path war = DIR.resolve("portal.war");
            Deployments.portal().as(ZipExporter.class).exportTo(war.toFile(), true);
            for (String name : List.of(NODE_A, NODE_B)) {
                cluster.nodes.get(name).start(cluster, war);
                cluster.awaitReady(cluster.nodes.get(name));
            }
            cluster.startBalancer();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The portal as visitors reach it, through the balancer. */
    public URL balancer() {
        return url(balancerPort);
    }

    /** One node directly, past the balancer. */
    public URL node(String name) {
        return url(nodes.get(name).httpPort);
    }

    /** The other of the two nodes. */
    public static String other(String name) {
        return NODE_A.equals(name) ? NODE_B : NODE_A;
    }

    /** {@code kill -9}: the node dies at once, with whatever it was doing. */
    public void kill(String name) {
        Process process = nodes.get(name).process;
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
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
                node.process.destroyForcibly();
            }
        }
    }

    private void startBalancer() throws IOException {
        Node a = nodes.get(NODE_A);
        Node b = nodes.get(NODE_B);
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("portal.it.haproxy", "/usr/sbin/haproxy"), "-db",
                "-f", Path.of("server-config/haproxy/portal.cfg").toAbsolutePath().toString());
        builder.environment().putAll(Map.of(
                "PORTAL_LB_BIND", "127.0.0.1:" + balancerPort,
                "PORTAL_NODE_A", "127.0.0.1:" + a.httpPort, "PORTAL_HEALTH_PORT_A", String.valueOf(a.httpPort),
                "PORTAL_NODE_B", "127.0.0.1:" + b.httpPort, "PORTAL_HEALTH_PORT_B", String.valueOf(b.httpPort)));
        balancer = builder.redirectErrorStream(true).redirectOutput(DIR.resolve("haproxy.log").toFile()).start();
        // Both nodes are in once the balancer's checks (2 good ones, a second apart) passed: a login page from each.
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
        URI ready = URI.create(node(node.name) + "health/ready");
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
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting
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

    private final class Node {

        private final String name;
        private final int httpPort;
        private final int gridPort;
        private final Path log;
        private Process process;

        private Node(String name, int httpPort, int gridPort) {
            this.name = name;
            this.httpPort = httpPort;
            this.gridPort = gridPort;
            this.log = DIR.resolve(name + ".log");
        }

        private void start(PortalCluster cluster, Path war) throws IOException {
            String members = cluster.nodes.values().stream().map(node -> "127.0.0.1:" + node.gridPort).sorted()
                    .reduce((x, y) -> x + "," + y).orElseThrow();
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of("server-config/payara-micro/cluster-node.sh").toAbsolutePath().toString(),
                    name, String.valueOf(httpPort), String.valueOf(gridPort), members);
            Map<String, String> env = builder.environment();
            env.put("PAYARA_MICRO_JAR", ServerProcess.required("payara.microJar").toString());
            env.put("PORTAL_WAR", war.toString());
            env.put("PORTAL_JDBC_DRIVER", ServerProcess.required("portal.it.jdbc-driver").toString());
            env.put("PORTAL_CLUSTER", "portal-it-" + cluster.balancerPort);
            env.put("PORTAL_GRID_INTERFACE", "127.0.0.1");
            env.put("JAVA_OPTS", "-Xmx512m -Djava.io.tmpdir=" + Files.createDirectories(DIR.resolve(name + "-tmp")));
            env.put("PORTAL_DB_HOST", "127.0.0.1");
            env.put("PORTAL_DB_PORT", System.getProperty("portal.it.postgres.port"));
            env.put("PORTAL_DB_NAME", System.getProperty("portal.it.postgres.cluster-database"));
            env.put("PORTAL_DB_USER", System.getProperty("portal.it.postgres.user"));
            env.put("PORTAL_DB_PASSWORD", System.getProperty("portal.it.postgres.password"));
            env.put("PORTAL_BASE_URL", "http://127.0.0.1:" + cluster.balancerPort);
            env.put("PORTAL_MAIL_SMTP_HOST", "127.0.0.1");
            env.put("PORTAL_MAIL_SMTP_PORT", System.getProperty("portal.it.smtp.port"));
            env.put("PORTAL_MAIL_POLL_SECONDS", "1");
            env.put("PORTAL_CAPTCHA_FIXED_ANSWER", "TEST1");
            env.put("PORTAL_DATA_DIR", DIR.resolve(name + "-data").toString());
            process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }
    }
}
