package si.utility.portal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.testsupport.AlsoOnServers;
import si.utility.portal.testsupport.IntegrationClient;

/**
 * MicroProfile Health readiness as the load balancer asks for it: on Payara at the server's /health, on WildFly
 * on its management interface (server-config/wildfly/portal.cli).
 */
@AlsoOnServers
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return IntegrationClient.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    void aStartedNodeIsReadyWithItsSchemaAtTheBuildsNewestMigrationAndItsMailBacklogUnderTheLimit()
            throws IOException, InterruptedException, URISyntaxException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(readiness()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = IntegrationClient.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = check(health, DatabaseReadiness.NAME);
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo(newestMigration());
        JsonObject mail = check(health, "mail-backlog");
        assertThat(mail.getString("status")).isEqualTo("UP");
        assertThat(text(mail.getJsonObject("data").get("limit"))).isEqualTo("1000");
    }

    private URI readiness() {
        if ("wildfly".equals(System.getProperty("arquillian.launch"))) {
            return URI.create("http://127.0.0.1:" + System.getProperty("portal.it.wildfly.management-port")
                    + "/health/ready");
        }
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> name.equals(check.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    /** A datum as text: Payara writes numbers as JSON strings, WildFly as numbers. */
    private static String text(JsonValue datum) {
        return datum instanceof JsonString string ? string.getString() : datum.toString();
    }

    /** The highest V<n>__ script the build holds: the version a node of this build must see. */
    private static String newestMigration() throws IOException, URISyntaxException {
        Path scripts = Path.of(ReadinessIT.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(scripts)) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        }
    }
}
