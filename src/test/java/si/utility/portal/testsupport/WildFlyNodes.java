package si.utility.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WildFly nodes of one Infinispan cluster: standalone-ha.xml configured by server-config/wildfly/portal.cli,
 * cluster.cli and json-logs.cli (with jboss-cli's embedded server, as on a stopped server), each node with its own base folder
 * (configuration, deployments with the WAR as ROOT.war) and port offset. Readiness is on the management port.
 */
public final class WildFlyNodes implements PortalCluster.Launcher {

    private static final String SERVER_CONFIG = "standalone-portal-cluster.xml";
    private static final int HTTP = 8080;
    private static final int MANAGEMENT = 9990;
    private static final int JGROUPS_TCP = 7600;
    private final Path home;

    private WildFlyNodes(Path home) {
        this.home = home;
    }

    /**
     * Port offsets 100 apart, small enough that WildFly's highest port (JGroups' failure detection, 57600 plus the
     * offset) stays below 65536, and derived from the build's SMTP port like every other server port of the tests.
     */
    public static PortalCluster start() {
        Path home = ServerProcess.required("portal.it.wildfly.dist");
        int offsetA = 5_000 + Integer.getInteger("portal.it.smtp.port") % 1_000;
        int offsetB = offsetA + 100;
        List<PortalCluster.Node> nodes = List.of(node(PortalCluster.NODE_A, offsetA), node(PortalCluster.NODE_B, offsetB));
        configure(home);
        return PortalCluster.start(ServerProcess.portBase() + 3_050, ServerProcess.required("portal.it.wildfly.war"),
                nodes, new WildFlyNodes(home));
    }

    private static PortalCluster.Node node(String name, int offset) {
        return new PortalCluster.Node(name, HTTP + offset, MANAGEMENT + offset, JGROUPS_TCP + offset);
    }

    private static void configure(Path home) {
        Path configuration = home.resolve("standalone/configuration");
        try {
            ServerProcess.deleteRecursively(home.resolve("modules/org/postgresql"));
            Files.copy(configuration.resolve("standalone-ha.xml"), configuration.resolve(SERVER_CONFIG),
                    StandardCopyOption.REPLACE_EXISTING);
            Path script = Files.createTempFile("portal-wildfly-cluster-", ".cli");
            Files.writeString(script, "embed-server --std-out=discard --server-config=" + SERVER_CONFIG + "\n"
                    + Files.readString(Path.of("server-config/wildfly/portal.cli")) + "\n"
                    + Files.readString(Path.of("server-config/wildfly/cluster.cli")) + "\n"
                    + Files.readString(Path.of("server-config/wildfly/json-logs.cli")) + "\nstop-embedded-server\n");
            ServerProcess.run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + script,
                    "-Dportal.jdbc.driver=" + ServerProcess.required("portal.it.jdbc-driver")),
                    PortalCluster.DIR.resolveSibling("wildfly-cluster-jboss-cli.log"), 5);
            Files.delete(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ProcessBuilder command(PortalCluster.Node node, PortalCluster cluster) throws IOException {
        Path base = node.dir.resolve("standalone");
        copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(cluster.war(), base.resolve("deployments/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-c", SERVER_CONFIG, "-Djboss.server.base.dir=" + base, "-Djboss.node.name=" + node.name,
                "-Djboss.socket.binding.port-offset=" + (node.httpPort - HTTP),
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.private=127.0.0.1");
        Map<String, String> env = builder.environment();
        cluster.configure(env, node);
        List<PortalCluster.Node> nodes = cluster.nodes();
        env.put("PORTAL_GRID_HOST_A", "127.0.0.1");
        env.put("PORTAL_GRID_PORT_A", String.valueOf(nodes.get(0).gridPort));
        env.put("PORTAL_GRID_HOST_B", "127.0.0.1");
        env.put("PORTAL_GRID_PORT_B", String.valueOf(nodes.get(1).gridPort));
        env.put("JAVA_OPTS", "-Xmx768m");
        return builder;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
