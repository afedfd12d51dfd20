package si.utility.portal.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.testsupport.IntegrationClient;
import si.utility.portal.testsupport.TestBatch;

/** The import API on the real WAR, seen from the billing system's side: HTTP and JSON only. */
@ExtendWith(ArquillianExtension.class)
class ImportApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return IntegrationClient.deployment();
    }

    @ArquillianResource
    URL base;

    private IntegrationClient api;

    @BeforeEach
    void client() {
        api = new IntegrationClient(base);
    }

    /** The test servers run in demo mode: the WAR's demo batch goes through the importer like any other. */
    @Test
    void theDemoBatchInTheWarIsImportedAtFirstStartWithoutARejectedRow() {
        JsonObject report = api.awaitFinished("demo-2026-12-01");

        assertThat(report.getString("status")).isEqualTo("done");
        JsonObject totals = report.getJsonObject("totals");
        assertThat(totals.getInt("rejected")).isZero();
        assertThat(totals.getInt("rowsDone")).isEqualTo(totals.getInt("rowsTotal")).isGreaterThan(1000);
    }

    @Test
    void aSubmittedBatchIsAcceptedAppliedAndReportsCountsAndEveryRejectedRowWithFileLineAndColumn() {
        String key = unique();
        String id = TestBatch.randomId("api");
        TestBatch batch = new TestBatch(id)
                .csv("services", "delta", "external_id,code,name,unit,version",
                        "S-" + key + "-1,W" + key + ",Voda,m3,1",
                        "S-" + key + "-2,K" + key + ",\"Odvajanje, čiščenje\",m3,1")
                .csv("prices", "full", "external_id,service_external_id,valid_from,price,vat_rate",
                        "P-" + key + "-1,S-" + key + "-1,2026-01-01,0.8123,9.5",
                        "P-" + key + "-2,S-" + key + "-9,2026-01-01,1.2,9.5",
                        "P-" + key + "-3,S-" + key + "-2,2026-13-01,1.2,9.5",
                        "P-" + key + "-4,S-" + key + "-2,2026-01-01,1.2");

        HttpResponse<String> accepted = api.submit(batch.zip(), "application/zip");

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/api/v1/import/batches/" + id));
        assertThat(IntegrationClient.json(accepted).getString("batchId")).isEqualTo(id);
        assertThat(IntegrationClient.json(accepted).getString("status")).isIn("queued", "running", "done");

        JsonObject report = api.awaitFinished(id);
        assertThat(report.getString("status")).isEqualTo("done");
        JsonObject totals = report.getJsonObject("totals");
        assertThat(totals.getInt("rowsTotal")).isEqualTo(6);
        assertThat(totals.getInt("rowsDone")).isEqualTo(6);
        assertThat(totals.getInt("inserted")).isEqualTo(3);
        assertThat(totals.getInt("rejected")).isEqualTo(3);
        assertThat(report.getJsonArray("files").getValuesAs(JsonObject.class))
                .extracting(file -> file.getString("name") + " " + file.getString("mode") + " "
                        + file.getInt("inserted") + "/" + file.getInt("rejected"))
                .containsExactly("services delta 2/0", "prices full 1/3");
        assertThat(report.getJsonArray("rejectedRows").getValuesAs(JsonObject.class))
                .extracting(row -> row.getString("file") + ":" + row.getInt("line") + ":"
                        + row.getString("column", "-"))
                .containsExactly("prices.csv:3:service_external_id", "prices.csv:4:valid_from",
                        "prices.csv:5:-");
        assertThat(report.getJsonArray("rejectedRows").getJsonObject(0).getString("reason"))
                .isEqualTo("service_external_id S-" + key + "-9 is not known to the portal (not in this batch or an "
                        + "earlier one)");
        assertThat(report.getJsonArray("rejectedRows").getJsonObject(2).getString("reason"))
                .isEqualTo("the row has 4 fields, the header 5");
    }

    @Test
    void theSameBatchAgainAnswersTheEarlierResultAndOtherContentUnderItsIdIsRefused() {
        String key = unique();
        String id = TestBatch.randomId("again");
        TestBatch batch = new TestBatch(id).csv("services", "delta", "external_id,code,name,unit",
                "S-" + key + ",A" + key + ",Voda,m3");
        assertThat(api.submit(batch.zip(), "application/zip").statusCode()).isEqualTo(202);
        JsonObject first = api.awaitFinished(id);

        HttpResponse<String> again = api.submit(batch.zip(), "application/zip");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(IntegrationClient.json(again)).isEqualTo(first);

        TestBatch other = new TestBatch(id).csv("services", "delta", "external_id,code,name,unit",
                "S-" + key + ",A" + key + ",Pitna voda,m3");
        HttpResponse<String> conflict = api.submit(other.zip(), "application/zip");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(IntegrationClient.json(conflict).getString("error")).isEqualTo("batch_id_taken");
        assertThat(api.awaitFinished(id)).isEqualTo(first);
    }

    @Test
    void badArchivesAndManifestsAreRefusedWith400AndAReasonInJson() {
        String key = unique();
        TestBatch good = new TestBatch(TestBatch.randomId("bad")).csv("services", "delta",
                "external_id,code,name,unit", "S-" + key + ",B" + key + ",Voda,m3");
        List<byte[]> bodies = new ArrayList<>(List.of(
                "not a zip".getBytes(StandardCharsets.UTF_8),
                new TestBatch("x").unlisted("services.csv", new byte[] {1}).manifest("{").zip(),
                new TestBatch(TestBatch.randomId("v2")).formatVersion("2").csv("services", "delta",
                        "external_id,code,name,unit").zip(),
                new TestBatch(TestBatch.randomId("evil")).csv("services", "delta", "external_id,code,name,unit")
                        .unlisted("../../evil.csv", new byte[] {1}).zip(),
                new TestBatch(TestBatch.randomId("unlisted")).csv("services", "delta",
                        "external_id,code,name,unit").unlisted("pdf/1.pdf", new byte[] {1}).zip()));
        bodies.add(tamper(good));

        for (byte[] body : bodies) {
            HttpResponse<String> refused = api.submit(body, "application/zip");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/json"));
            JsonObject problem = IntegrationClient.json(refused);
            assertThat(problem.getString("error")).isEqualTo("bad_batch");
            assertThat(problem.getString("reason")).isNotBlank();
        }
        HttpResponse<String> unknown = api.report("no-such-" + key);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(IntegrationClient.json(unknown).getString("error")).isEqualTo("unknown_batch");
        assertThat(api.submit(good.zip(), "text/plain").statusCode()).isEqualTo(415);
        assertThat(api.anonymousReport("no-such-" + key).statusCode()).as("without credentials")
                .isIn(302, 401, 403);
    }

    @Test
    void twoBatchesSubmittedTogetherRunOneAfterTheOther() {
        String key = unique();
        String[] first = rows("S-" + key + "-", 1800, 1);
        String[] second = rows("S-" + key + "-", 1800, 2);
        TestBatch a = new TestBatch(TestBatch.randomId("one")).csv("services", "delta", first);
        TestBatch b = new TestBatch(TestBatch.randomId("two")).csv("services", "delta", second);

        CompletableFuture<HttpResponse<String>> sentA = CompletableFuture.supplyAsync(
                () -> api.submit(a.zip(), "application/zip"));
        CompletableFuture<HttpResponse<String>> sentB = CompletableFuture.supplyAsync(
                () -> api.submit(b.zip(), "application/zip"));
        String idA = IntegrationClient.json(sentA.join()).getString("batchId");
        String idB = IntegrationClient.json(sentB.join()).getString("batchId");
        JsonObject reportA = api.awaitFinished(idA);
        JsonObject reportB = api.awaitFinished(idB);

        Instant startA = Instant.parse(reportA.getString("startedAt"));
        Instant endA = Instant.parse(reportA.getString("finishedAt"));
        Instant startB = Instant.parse(reportB.getString("startedAt"));
        Instant endB = Instant.parse(reportB.getString("finishedAt"));
        assertThat(!startB.isBefore(endA) || !startA.isBefore(endB)).as("A %s..%s, B %s..%s", startA, endA, startB,
                endB).isTrue();
        long insertedA = reportA.getJsonObject("totals").getInt("inserted");
        long insertedB = reportB.getJsonObject("totals").getInt("inserted");
        long updatedA = reportA.getJsonObject("totals").getInt("updated");
        long updatedB = reportB.getJsonObject("totals").getInt("updated");
        assertThat(insertedA + insertedB).as("each service inserted once").isEqualTo(1800);
        assertThat(updatedA + updatedB + reportA.getJsonObject("totals").getInt("rejected")
                + reportB.getJsonObject("totals").getInt("rejected")).as("the later batch updated or, being older, "
                + "was refused for every row").isEqualTo(1800);
    }

    private static String[] rows(String prefix, int count, int version) {
        String[] lines = new String[count + 1];
        lines[0] = "external_id,code,name,unit,version";
        String code = prefix.substring(2, prefix.length() - 1);
        for (int i = 1; i <= count; i++) {
            lines[i] = prefix + i + ",C" + code + i + ",Storitev " + i + " v" + version + ",m3," + version;
        }
        return lines;
    }

    /** The same archive with one byte of the CSV changed: its hash no longer matches the manifest. */
    private static byte[] tamper(TestBatch batch) {
        return batch.unlisted("services.csv", "external_id,code,name,unit\r\nS-x,X,Y,m3\r\n"
                .getBytes(StandardCharsets.UTF_8)).zip();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
