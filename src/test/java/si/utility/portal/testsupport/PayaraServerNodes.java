package si.utility.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Payara Server instances of one deployment group, made by server-config/payara/deployment-group.sh on a fresh
 * domain (the DAS) under target/cluster. Each node is {@code asadmin start-local-instance --verbose}, whose instance
 * JVM is its child: killing the node's processes kills the instance, as {@code kill -9} on a host would.
 */
public final class PayaraServerNodes implements PortalCluster.Launcher {

    private static final String DOMAIN = "portal-cluster";
    private static final int ADMIN_PORT_OFFSET = 48;
    private static final int HTTP_PORT_OFFSET = 80;
    private final Path asadmin;
    private final int dasPortBase;

    private PayaraServerNodes(Path asadmin, int dasPortBase) {
        this.asadmin = asadmin;
        this.dasPortBase = dasPortBase;
    }

    /** Port bases 100 apart: the DAS's, then each instance's (its HTTP port 80 above its base). */
    public static PortalCluster start() {
        int base = ServerProcess.portBase() + 3_100;
        List<PortalCluster.Node> nodes = List.of(node(PortalCluster.NODE_A, base + 100),
                node(PortalCluster.NODE_B, base + 200));
        Path asadmin = ServerProcess.required("portal.it.payara.dist").resolve("bin/asadmin");
        return PortalCluster.start(ServerProcess.portBase() + 3_060, ServerProcess.required("portal.war"), nodes,
                new PayaraServerNodes(asadmin, base));
    }

    /** No grid port: the instances' Data Grid members take the DAS's default ports and find each other through it. */
    private static PortalCluster.Node node(String name, int portBase) {
        return new PortalCluster.Node(name, portBase + HTTP_PORT_OFFSET, portBase + HTTP_PORT_OFFSET, 0);
    }

    @Override
    public void prepare(PortalCluster cluster) {
        Path log = PortalCluster.DIR.resolve("payara-das.log");
        ServerProcess.run(List.of(asadmin.toString(), "create-domain", "--nopassword", "--portbase",
                String.valueOf(dasPortBase), "--domaindir", domains().toString(), DOMAIN), log, 5);
        ServerProcess.run(List.of(asadmin.toString(), "start-domain", "--domaindir", domains().toString(), DOMAIN),
                log, 10);
        Map<String, String> env = adminEnvironment();
        PortalCluster.configureResources(env);
        env.put("ASADMIN", asadmin.toString());
        env.put("PORTAL_JSON_LOGS", "true");
        env.put("PORTAL_NODE_DIR", nodes().toString());
        List<String> command = new ArrayList<>(List.of(
                Path.of("server-config/payara/deployment-group.sh").toAbsolutePath().toString(),
                cluster.war().toString(), ServerProcess.required("portal.it.jdbc-driver").toString()));
        cluster.nodes().forEach(node -> command.add(node.name + ":" + (node.httpPort - HTTP_PORT_OFFSET)));
        ServerProcess.run(command, env, log, 10);
    }

    @Override
    public ProcessBuilder command(PortalCluster.Node node, PortalCluster cluster) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(asadmin.toString(), "start-local-instance", "--verbose",
                "--nodedir", nodes().toString(), node.name);
        Map<String, String> env = builder.environment();
        env.putAll(adminEnvironment());
        cluster.configure(env, node);
        return builder;
    }

    @Override
    public void stop(PortalCluster cluster) {
        if (!Files.isDirectory(domains().resolve(DOMAIN))) {
            return;
        }
        ServerProcess.run(List.of(asadmin.toString(), "stop-domain", "--kill", "--domaindir", domains().toString(),
                DOMAIN), PortalCluster.DIR.resolve("payara-das.log"), 5);
    }

    /** asadmin finds the DAS by these (its own variables: AS_ADMIN_ and the option's name). */
    private Map<String, String> adminEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("AS_ADMIN_PORT", String.valueOf(dasPortBase + ADMIN_PORT_OFFSET));
        return env;
    }

    private static Path domains() {
        return PortalCluster.DIR.resolve("payara-domains");
    }

    private static Path nodes() {
        return PortalCluster.DIR.resolve("payara-nodes");
    }
}
