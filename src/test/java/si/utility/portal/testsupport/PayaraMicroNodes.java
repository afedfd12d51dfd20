package si.utility.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Payara Micro nodes in one Domain Data Grid, each started by server-config/payara-micro/cluster-node.sh. */
public final class PayaraMicroNodes implements PortalCluster.Launcher {

    private PayaraMicroNodes() {
    }

    /** Ports: the balancer's, then each node's HTTP port (also its health port) and data grid port. */
    public static PortalCluster start() {
        int base = ServerProcess.portBase() + 3_000;
        List<PortalCluster.Node> nodes = List.of(
                new PortalCluster.Node(PortalCluster.NODE_A, base + 1, base + 1, base + 11),
                new PortalCluster.Node(PortalCluster.NODE_B, base + 2, base + 2, base + 12));
        return PortalCluster.start(base, ServerProcess.required("portal.war"), nodes, new PayaraMicroNodes());
    }

    @Override
    public ProcessBuilder command(PortalCluster.Node node, PortalCluster cluster) throws IOException {
        String members = cluster.nodes().stream().map(each -> "127.0.0.1:" + each.gridPort)
                .collect(Collectors.joining(","));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of("server-config/payara-micro/cluster-node.sh").toAbsolutePath().toString(),
                node.name, String.valueOf(node.httpPort), String.valueOf(node.gridPort), members);
        Map<String, String> env = builder.environment();
        cluster.configure(env, node);
        env.put("PAYARA_MICRO_JAR", ServerProcess.required("payara.microJar").toString());
        env.put("PORTAL_WAR", cluster.war().toString());
        env.put("PORTAL_JDBC_DRIVER", ServerProcess.required("portal.it.jdbc-driver").toString());
        env.put("PORTAL_CLUSTER", "portal-it-" + cluster.balancer().getPort());
        env.put("PORTAL_GRID_INTERFACE", "127.0.0.1");
        env.put("PORTAL_JSON_LOGS", "true");
        env.put("JAVA_OPTS", "-Xmx512m -Djava.io.tmpdir=" + Files.createDirectories(node.dir.resolve("tmp")));
        return builder;
    }
}
