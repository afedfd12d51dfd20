package si.utility.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.integration.importing.service.ImportIntake;
import si.utility.portal.integration.importing.service.ImportReport;
import si.utility.portal.integration.importing.service.ImportSettings;
import si.utility.portal.testsupport.Deployments;

/**
 * Import throughput and heap on a generated batch ({@link ExchangeBatchGenerator}) of the scale
 * {@code -Dportal.benchmark.import-scale} (default 0.01; 1.0 is a large utility), then a re-import of the same
 * content under another batch id, where every row is unchanged. Measured inside the server from the batch's own
 * start and finish times. Not part of the test suite: run it with {@code ./mvnw verify -Pbenchmark}; the figures
 * go to the server log (the build output) as one table.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmark {

    private static final Logger LOG = Logger.getLogger(ImportBenchmark.class.getName());
    /** Slower than this many rows per second means something is broken, not slow: the wait gives up. */
    private static final long SLOWEST_ROWS_PER_SECOND = 100;

    /**
     * The scale travels in the WAR: the test runs in the server's JVM, which does not get Maven's properties, and
     * the deployment is made in Failsafe's, which does.
     */
    private static final String SCALE_RESOURCE = "import-scale.txt";

    @Deployment
    static WebArchive deployment() {
        StringAsset scale = new StringAsset(System.getProperty("portal.benchmark.import-scale", "0.01"));
        return Deployments.portal().addAsResource(scale, "si/utility/portal/benchmark/" + SCALE_RESOURCE)
                .addClasses(ExchangeBatchGenerator.class, ExchangeBatchGenerator.Size.class,
                ExchangeBatchGenerator.WrittenFile.class, ExchangeBatchGenerator.Batch.class,
                ExchangeBatchGenerator.Csv.class, ExchangeBatchGenerator.Rows.class, BatchWait.class,
                InsertFloor.class);
    }

    @Inject
    ImportIntake intake;

    @Inject
    BatchRecords records;

    @Inject
    ImportSettings settings;

    private record Run(String label, ImportReport report, long heapPeakBytes) {

        double seconds() {
            return Duration.between(report.startedAt(), report.finishedAt()).toNanos() / 1e9;
        }
    }

    @Test
    void importAndReimport() throws Exception {
        double scale;
        try (InputStream in = ImportBenchmark.class.getResourceAsStream(SCALE_RESOURCE)) {
            scale = Double.parseDouble(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
        BatchWait.untilFinished(records, BatchWait.DEMO_BATCH, Duration.ofMinutes(10));
        ExchangeBatchGenerator generator = new ExchangeBatchGenerator(scale);
        Path work = Files.createTempDirectory("import-benchmark-");
        String id = "bench-" + System.currentTimeMillis();

        long generating = System.nanoTime();
        ExchangeBatchGenerator.Batch first = generator.write(work.resolve("first"), id);
        ExchangeBatchGenerator.Batch again = generator.write(work.resolve("again"), id + "-again");
        double generatedSeconds = (System.nanoTime() - generating) / 2e9;
        Duration bound = Duration.ofSeconds(Math.max(600, first.rows() / SLOWEST_ROWS_PER_SECOND));

        Run initial = run("import (all new)", first, bound);
        Run reimport = run("re-import (unchanged)", again, bound);
        double floor = InsertFloor.measure(InitialContext.doLookup("jdbc/portal"), first.rows(),
                settings.chunkRows());

        LOG.info("IMPORT BENCHMARK" + table(scale, generator.size(), first, generatedSeconds, List.of(initial,
                reimport), floor));
        assertThat(initial.report().status()).isEqualTo("done");
        assertThat(initial.report().totals().rejected()).as("rejected rows of the generated batch").isZero();
        assertThat(reimport.report().totals().unchanged()).as("re-import changes nothing")
                .isEqualTo(reimport.report().totals().rowsTotal());
    }

    private Run run(String label, ExchangeBatchGenerator.Batch batch, Duration bound) throws IOException,
            InterruptedException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        intake.submitInPlace(batch.folder());
        ImportReport report = BatchWait.untilFinished(records, batch.batchId(), bound);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Run(label, report, peak);
    }

    private static String table(double scale, ExchangeBatchGenerator.Size size, ExchangeBatchGenerator.Batch batch,
            double generatedSeconds, List<Run> runs, double floor) {
        StringBuilder table = new StringBuilder(("%nscale %s: %d payers, %d points, %d meters, %d invoices; %d rows"
                + " in all (generated in %.1f s; %d processors, heap max %d MB)%n").formatted(scale, size.payers(),
                size.points(), size.meters(), size.invoices(), batch.rows(), generatedSeconds,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        table.append("%-24s %10s %10s %10s %10s %10s %10s %10s %8s %12s%n".formatted("run", "rows", "inserted",
                "updated", "unchanged", "rejected", "seconds", "rows/s", "÷ floor", "heap peak MB"));
        for (Run run : runs) {
            ImportReport.Counts totals = run.report().totals();
            double rowsPerSecond = totals.rowsTotal() / run.seconds();
            table.append("%-24s %10d %10d %10d %10d %10d %10.1f %10.0f %8.2f %12d%n".formatted(run.label(),
                    totals.rowsTotal(), totals.inserted(), totals.updated(), totals.unchanged(), totals.rejected(),
                    run.seconds(), rowsPerSecond, rowsPerSecond / floor, run.heapPeakBytes() >> 20));
        }
        table.append("%-24s %10d %65.0f  (JDBC batches of a chunk into a copy of METER_READING, nothing checked)%n"
                .formatted("floor", batch.rows(), floor));
        return table.toString();
    }
}
