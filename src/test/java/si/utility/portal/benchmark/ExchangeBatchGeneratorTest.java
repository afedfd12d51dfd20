package si.utility.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeFormat;
import si.utility.portal.integration.files.ConsumptionPointsFile;
import si.utility.portal.integration.files.InvoiceLinesFile;
import si.utility.portal.integration.files.InvoicesFile;
import si.utility.portal.integration.files.MetersFile;
import si.utility.portal.integration.files.OpenItemsFile;
import si.utility.portal.integration.files.PayersFile;
import si.utility.portal.integration.files.PointPayersFile;
import si.utility.portal.integration.files.PointServicesFile;
import si.utility.portal.integration.files.PricesFile;
import si.utility.portal.integration.files.ReadingResultsFile;
import si.utility.portal.integration.files.ReadingsFile;
import si.utility.portal.integration.files.ServicesFile;
import si.utility.portal.integration.importing.batch.BatchInspector;
import si.utility.portal.integration.importing.batch.BatchSource;
import si.utility.portal.integration.importing.batch.CsvLimits;
import si.utility.portal.integration.importing.batch.ImportLimits;
import si.utility.portal.integration.importing.batch.ManifestFile;
import si.utility.portal.integration.importing.batch.VerifiedBatch;

class ExchangeBatchGeneratorTest {

    private static final ImportLimits LIMITS = new ImportLimits(1L << 32, 200_000, 1L << 33, 1L << 35,
            CsvLimits.DEFAULT);

    /** The portal's own file types, as the importer finds them (their columns need no container). */
    private static final Map<String, ExchangeFile> TYPES = Stream.of(new ServicesFile(), new PricesFile(),
            new PayersFile(), new ConsumptionPointsFile(), new PointPayersFile(), new PointServicesFile(),
            new MetersFile(), new ReadingsFile(), new ReadingResultsFile(), new InvoicesFile(), new InvoiceLinesFile(),
            new OpenItemsFile()).collect(Collectors.toMap(ExchangeFile::name, Function.identity()));

    @TempDir
    Path temp;

    @Test
    void aTinyBatchPassesTheImportersInspectionWithEveryFileOfTheFormat() throws IOException {
        ExchangeBatchGenerator generator = new ExchangeBatchGenerator(0.0001);
        ExchangeBatchGenerator.Batch batch = generator.write(temp.resolve("batch"), "bench-tiny");

        VerifiedBatch verified = inspect(batch.folder());

        assertThat(verified.manifest().batchId()).isEqualTo("bench-tiny");
        assertThat(verified.manifest().files()).extracting(ManifestFile::name)
                .containsExactlyElementsOf(ExchangeFormat.FILE_ORDER);
        assertThat(rowsOf(verified)).containsEntry("payers", 10L).containsEntry("consumption_points", 12L)
                .containsEntry("meters", 13L).containsEntry("readings", 13L * 77)
                .containsEntry("invoices", 10L * 24).containsEntry("invoice_lines", 10L * 24 * 2)
                .containsEntry("open_items", 10L).containsEntry("point_services", 12L * 2)
                .containsEntry("reading_results", 0L);
    }

    @Test
    void theSameScaleWritesTheSameBytesUnderAnotherBatchId() throws IOException {
        ExchangeBatchGenerator generator = new ExchangeBatchGenerator(0.0001);
        ExchangeBatchGenerator.Batch first = generator.write(temp.resolve("first"), "bench-a");
        ExchangeBatchGenerator.Batch second = generator.write(temp.resolve("second"), "bench-b");

        assertThat(second.files()).isEqualTo(first.files());
        assertThat(Files.readString(first.folder().resolve("readings.csv")))
                .isEqualTo(Files.readString(second.folder().resolve("readings.csv")));
        assertThat(inspect(second.folder()).contentSha256()).isNotEqualTo(inspect(first.folder()).contentSha256());
    }

    @Test
    void theInvoicesReferToPayersAndPointsOfTheBatch() throws IOException {
        ExchangeBatchGenerator.Batch batch = new ExchangeBatchGenerator(0.0001).write(temp.resolve("b"), "bench-r");

        List<String> payers = column(batch.folder().resolve("payers.csv"), 0);
        List<String> points = column(batch.folder().resolve("consumption_points.csv"), 0);
        assertThat(column(batch.folder().resolve("invoices.csv"), 2)).allSatisfy(p -> assertThat(payers).contains(p));
        assertThat(column(batch.folder().resolve("invoices.csv"), 3)).allSatisfy(p -> assertThat(points).contains(p));
        assertThat(column(batch.folder().resolve("meters.csv"), 2)).allSatisfy(p -> assertThat(points).contains(p));
        assertThat(column(batch.folder().resolve("open_items.csv"), 2))
                .isSubsetOf(column(batch.folder().resolve("invoices.csv"), 0));
    }

    private static List<String> column(Path csv, int index) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.skip(1).map(line -> line.split(",", -1)[index]).toList();
        }
    }

    private static Map<String, Long> rowsOf(VerifiedBatch verified) {
        return verified.manifest().files().stream().collect(Collectors.toMap(ManifestFile::name, ManifestFile::rows));
    }

    private static VerifiedBatch inspect(Path folder) throws IOException {
        try (BatchSource source = BatchSource.of(folder, LIMITS)) {
            return new BatchInspector(LIMITS, TYPES).inspect(source);
        }
    }
}
