package si.utility.portal.integration.importing.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.files.ServicesFile;
import si.utility.portal.testsupport.IntegrationClient;
import si.utility.portal.testsupport.TestBatch;
import si.utility.portal.testsupport.TestClock;

/**
 * The importer inside the server: a batch a node left half-done resumes from its checkpoint on another node, and a
 * strict batch with a rejected row leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ImportServiceIT {

    private static final String DEAD_NODE = "dead-node/" + UUID.randomUUID().toString().substring(0, 8);

    @Deployment
    static WebArchive deployment() {
        return IntegrationClient.deployment();
    }

    @Inject
    ImportIntake intake;

    @Inject
    BatchRecords records;

    @Inject
    ChunkTransactions chunks;

    @Inject
    ImportLease lease;

    @Inject
    ImportSettings settings;

    @Inject
    ServicesFile services;

    @Inject
    TestClock clock;

    /**
     * Not timing dependent: the test is the node that dies. Holding the import lock, it commits the first chunk
     * exactly as a run does, then stops; once its lease has run out (the test clock moves past it) the portal's
     * own runner takes the batch over. Every row is then counted once: re-applying the first chunk would count
     * its rows again (as unchanged) and the rows done would exceed the rows of the file.
     */
    @Test
    void aBatchANodeLeftHalfDoneResumesAfterItsLastCommittedChunk() throws Exception {
        int rows = settings.chunkRows() * 2 + 7;
        String key = unique();
        String[] lines = new String[rows + 1];
        lines[0] = "external_id,code,name,unit";
        for (int i = 1; i <= rows; i++) {
            lines[i] = "S-" + key + "-" + i + ",R" + key + i + ",Storitev " + i + ",m3";
        }
        String id = TestBatch.randomId("resume");
        await("the import lock for the dying node", () -> lease.claim(DEAD_NODE));
        intake.submitArchive(new ByteArrayInputStream(new TestBatch(id).csv("services", "delta", lines).zip()));
        long batchId = records.idOf(id).orElseThrow();

        chunks.start(batchId, DEAD_NODE);
        List<ExchangeRow> firstChunk = new ArrayList<>();
        for (int i = 1; i <= settings.chunkRows(); i++) {
            String[] values = lines[i].split(",");
            Map<String, String> row = new HashMap<>();
            row.put("external_id", values[0]);
            row.put("code", values[1]);
            row.put("name", values[2]);
            row.put("unit", values[3]);
            firstChunk.add(new ExchangeRow("services", i + 1L, row));
        }
        chunks.apply(batchId, DEAD_NODE, settings.chunkRows() + 1L, context -> services.apply(firstChunk, context),
                "services.csv");
        assertThat(records.report(id).orElseThrow().status()).isEqualTo("running");

        clock.advance(settings.lease().plusSeconds(1));
        ImportReport report = awaitFinished(id);

        assertThat(report.status()).isEqualTo("done");
        assertThat(report.files()).singleElement().satisfies(file -> {
            assertThat(file.rowsTotal()).isEqualTo(rows);
            assertThat(file.rowsDone()).as("rows done").isEqualTo(rows);
            assertThat(file.inserted()).isEqualTo(rows);
            assertThat(file.unchanged()).as("rows applied twice").isZero();
        });
    }

    @Test
    void aStrictBatchWithARejectedRowFailsAndLeavesNothing() throws Exception {
        String key = unique();
        String id = TestBatch.randomId("strict");
        TestBatch strict = new TestBatch(id).strict()
                .csv("services", "delta", "external_id,code,name,unit", "S-" + key + ",T" + key + ",Voda,m3")
                .csv("prices", "delta", "external_id,service_external_id,valid_from,price,vat_rate",
                        "P-" + key + "-1,S-" + key + ",2026-01-01,1.5,9.5",
                        "P-" + key + "-2,S-" + key + ",2026-02-01,minus,9.5");

        intake.submitArchive(new ByteArrayInputStream(strict.zip()));
        ImportReport report = awaitFinished(id);

        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.failure()).contains("strict batch", "nothing of the batch was applied");
        assertThat(report.totals().inserted()).isZero();
        assertThat(report.rejectedRows()).singleElement().satisfies(row -> {
            assertThat(row.file()).isEqualTo("prices.csv");
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.column()).isEqualTo("price");
        });
        String probe = TestBatch.randomId("probe");
        intake.submitArchive(new ByteArrayInputStream(new TestBatch(probe).csv("prices", "delta",
                "external_id,service_external_id,valid_from,price,vat_rate",
                "P-" + key + "-9,S-" + key + ",2026-01-01,1.5,9.5").zip()));
        assertThat(awaitFinished(probe).rejectedRows()).as("the strict batch's service is not there")
                .singleElement().satisfies(row -> assertThat(row.reason()).isEqualTo("service_external_id S-"
                        + key + " is not known to the portal (not in this batch or an earlier one)"));
    }

    /** The test deployment's drop folder is {@code <portal.data.dir>/inbox} (arquillian.xml). */
    @Test
    void theDropFolderImportsCompleteBatchesAndFilesThemAwayWithTheirReport() throws Exception {
        Path inbox = settings.inbox().orElseThrow();
        Files.createDirectories(inbox);
        String key = unique();
        String zipName = "zip-" + key + ".zip";
        new TestBatch(TestBatch.randomId("drop")).csv("services", "delta", "external_id,code,name,unit",
                "S-" + key + "-1,D" + key + ",Voda,m3").writeZip(inbox.resolve(zipName));
        Path folder = new TestBatch(TestBatch.randomId("drop")).csv("services", "delta",
                "external_id,code,name,unit", "S-" + key + "-2,E" + key + ",Voda,m3")
                .writeFolder(inbox.resolve("folder-" + key));
        String badName = "bad-" + key + ".zip";
        Files.writeString(inbox.resolve(badName), "not a zip");
        Files.writeString(inbox.resolve(zipName + DropFolder.READY), "");
        Files.writeString(inbox.resolve(badName + DropFolder.READY), "");

        Path zipReport = inbox.resolve("done").resolve(zipName + ".report.json");
        Path folderReport = inbox.resolve("done").resolve(folder.getFileName() + ".report.json");
        Path badReport = inbox.resolve("failed").resolve(badName + ".report.json");
        await("the three reports", () -> Files.exists(zipReport) && Files.exists(folderReport)
                && Files.exists(badReport));

        assertThat(Files.readString(zipReport)).contains("\"status\": \"done\"", "\"inserted\": 1");
        assertThat(inbox.resolve("done").resolve(zipName)).isRegularFile();
        assertThat(inbox.resolve("done").resolve(folder.getFileName())).isDirectory();
        assertThat(Files.readString(folderReport)).contains("\"status\": \"done\"");
        assertThat(Files.readString(badReport)).contains("\"status\": \"failed\"", "not a ZIP archive");
        assertThat(inbox.resolve("failed").resolve(badName)).isRegularFile();
        assertThat(inbox.resolve(zipName + DropFolder.READY)).doesNotExist();
    }

    private ImportReport awaitFinished(String id) throws InterruptedException {
        await("batch " + id + " finished", () -> records.report(id).map(r -> r.status().equals("done")
                || r.status().equals("failed")).orElse(false));
        return records.report(id).orElseThrow();
    }

    /** Polls for a state, two minutes at most: a generous bound, never a timing the test depends on. */
    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.get()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("waited two minutes for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
