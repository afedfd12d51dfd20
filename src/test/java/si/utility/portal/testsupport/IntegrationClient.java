package si.utility.portal.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * How tests call the billing system's API, in one place: as a client with an API key of its own, created through
 * the administrator's management door (loopback, with the test servers' management secret from arquillian.xml).
 */
public final class IntegrationClient {

    /** Its SHA-256 is {@code portal.api.management-secret-sha256} of the test servers (arquillian.xml). */
    public static final String MANAGEMENT_SECRET = "test-management-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String key;
    private long id;

    public IntegrationClient(URL base) {
        try {
            this.base = base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.key = createKey("Test billing system " + System.nanoTime());
    }

    /** The test deployment with the test batch builder. */
    public static WebArchive deployment() {
        return Deployments.portal().addClasses(TestBatch.class);
    }

    private String createKey(String name) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(local("manage/integration-clients"))
                .header("Authorization", "Bearer " + MANAGEMENT_SECRET)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + name.replace(' ', '+'))).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating an API key answered " + created.statusCode() + ": "
                    + created.body());
        }
        id = json(created).getJsonNumber("id").longValue();
        return json(created).getString("key");
    }

    /** The client's id: its audit rows are those of {@code integration:<id>}. */
    public long id() {
        return id;
    }

    public String key() {
        return key;
    }

    /** Revokes this client's key through the management door. */
    public void revoke() {
        HttpResponse<String> revoked = send(HttpRequest.newBuilder(local("manage/integration-clients"))
                .header("Authorization", "Bearer " + MANAGEMENT_SECRET)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("revoke=" + id)).build());
        if (revoked.statusCode() != 200) {
            throw new IllegalStateException("revoking answered " + revoked.statusCode() + ": " + revoked.body());
        }
    }

    /** A JSON page of an export stream. */
    public HttpResponse<String> export(String stream, long after, int limit) {
        return send(request("api/v1/export/" + stream + "?after=" + after + "&limit=" + limit).GET().build());
    }

    /** Any request with another key, as a client holding a wrong or leaked one. */
    public HttpResponse<String> exportWithKey(String otherKey) {
        return send(HttpRequest.newBuilder(base.resolve("api/v1/export/readings?limit=1"))
                .header("Authorization", "Bearer " + otherKey).GET().build());
    }

    /** The door answers loopback requests only; Arquillian's base URL may name the machine's own address. */
    private URI local(String path) {
        return URI.create(base.getScheme() + "://127.0.0.1:" + base.getPort() + base.getPath()).resolve(path);
    }

    /** Without credentials, as a client that has no key. */
    public HttpResponse<String> anonymousReport(String batchId) {
        return send(HttpRequest.newBuilder(base.resolve("api/v1/import/batches/" + batchId)).GET().build());
    }

    public HttpResponse<String> submit(byte[] body, String contentType) {
        return send(request("api/v1/import/batches").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> report(String batchId) {
        return send(request("api/v1/import/batches/" + batchId).GET().build());
    }

    /** Polls the report until the batch is done or failed (at most two minutes: a generous bound, not a timing). */
    public JsonObject awaitFinished(String batchId) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonObject report = json(report(batchId));
            String status = report.getString("status");
            if (status.equals("done") || status.equals("failed")) {
                return report;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("batch " + batchId + " still " + status + " after two minutes: " + report);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + key);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
