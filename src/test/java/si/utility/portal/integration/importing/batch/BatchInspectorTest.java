package si.utility.portal.integration.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.FileMode;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowResult;
import si.utility.portal.testsupport.TestBatch;

/** The checks a batch passes before anything of it is applied, on ZIP archives and folders. */
class BatchInspectorTest {

    private static final ImportLimits LIMITS = new ImportLimits(1 << 20, 20, 64 * 1024, 256 * 1024,
            CsvLimits.DEFAULT);

    @TempDir
    Path temp;

    @Test
    void aWholeBatchPassesWithItsManifestAndTheSameHashAsZipOrFolder() throws IOException {
        TestBatch batch = services("b-1");

        VerifiedBatch fromZip = inspect(batch.writeZip(temp.resolve("b.zip")));
        VerifiedBatch fromFolder = inspect(batch.writeFolder(temp.resolve("b")));

        assertThat(fromZip.manifest().batchId()).isEqualTo("b-1");
        assertThat(fromZip.manifest().dataFiles()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("services");
            assertThat(file.mode()).isEqualTo(FileMode.DELTA);
            assertThat(file.rows()).isEqualTo(2);
        });
        assertThat(fromZip.contentSha256()).isEqualTo(fromFolder.contentSha256())
                .isEqualTo(TestBatch.sha256(batch.manifestJson().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileWhoseBytesDifferFromItsManifestHashIsRefused() throws IOException {
        TestBatch batch = services("b-2");
        batch.unlisted("services.csv", "external_id,code,name,unit\r\nS9,X,Y,m3\r\nS8,Z,W,m3\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertRefused(batch, "services.csv: its SHA-256 is");
    }

    @Test
    void aRowCountOtherThanTheManifestsIsRefused() throws IOException {
        String csv = "external_id,code,name,unit\r\nS1,VODA,Voda,m3\r\n";
        TestBatch batch = new TestBatch("b-3").unlisted("services.csv", csv.getBytes(StandardCharsets.UTF_8))
                .manifest(manifest("b-3", "1", "{\"name\": \"services\", \"mode\": \"delta\", \"rows\": 5, "
                        + "\"sha256\": \"" + TestBatch.sha256(csv.getBytes(StandardCharsets.UTF_8)) + "\"}"));

        assertRefused(batch, "services.csv has 1 data rows, manifest.json says 5");
    }

    @Test
    void unknownFilesMissingFilesAndUnknownColumnsAreRefused() throws IOException {
        assertRefused(services("b-4").unlisted("notes.txt", new byte[] {1}), "does not list: notes.txt");
        assertRefused(new TestBatch("b-5").manifest(manifest("b-5", "1", "{\"name\": \"services\", \"mode\": "
                + "\"delta\", \"rows\": 0, \"sha256\": \"" + "0".repeat(64) + "\"}")), "no services.csv");
        assertRefused(new TestBatch("b-6").csv("services", "delta", "external_id,code,name,unit,colour",
                "S1,VODA,Voda,m3,blue"), "unknown column colour");
        assertRefused(new TestBatch("b-7").csv("services", "delta", "external_id,code,name", "S1,VODA,Voda"),
                "lacks the required columns unit");
        assertRefused(new TestBatch("b-8").csv("meters", "delta", "external_id", "M1"),
                "cannot import file type meters");
    }

    @Test
    void theManifestMustHaveFormatVersionOneAndItsRequiredFields() throws IOException {
        assertRefused(services("b-9").formatVersion("2"), "format_version \"2\" is not supported");
        assertRefused(new TestBatch("x").manifest("{\"format_version\": \"1\", \"batch_id\": \"../x\"}"),
                "batch_id must be");
        assertRefused(new TestBatch("x").manifest("not json"), "not valid JSON");
        assertRefused(new TestBatch("x").manifest(manifest("b-10", "1", "{\"name\": \"services\", \"mode\": "
                + "\"sometimes\", \"rows\": 0, \"sha256\": \"" + "0".repeat(64) + "\"}")), "mode of services");
    }

    @Test
    void entryNamesThatClimbOutOrAreAbsoluteAreRefused() throws IOException {
        for (String name : List.of("../evil.csv", "/etc/passwd", "pdf/../../x.pdf", "C:\\x.csv", "a\\b.csv")) {
            Path zip = temp.resolve("hostile-" + Math.abs(name.hashCode()) + ".zip");
            Files.write(zip, zipOf(Map.of("manifest.json", "{}".getBytes(StandardCharsets.UTF_8),
                    name, new byte[] {1})));
            assertThatThrownBy(() -> inspect(zip)).as(name).isInstanceOf(BatchRefusedException.class)
                    .hasMessageContaining("forbidden name");
        }
    }

    /** A few KB that unpack to far more than the limit: refused once the bytes read pass it. */
    @Test
    void aZipBombIsRefusedWhileItIsReadWhateverItsHeadersSay() throws IOException {
        byte[] zeros = new byte[8 * 1024 * 1024];
        // Rows, not one long field: the CSV reader's own limits would refuse that first.
        String csvHeader = "external_id,code,name,unit\r\n";
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.write(csvHeader.getBytes(StandardCharsets.UTF_8));
        byte[] row = "S,C,N,m3\r\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < zeros.length / row.length; i++) {
            csv.write(row);
        }
        Path zip = temp.resolve("bomb.zip");
        Files.write(zip, zipOf(Map.of("manifest.json", manifest("bomb", "1", "{\"name\": \"services\", \"mode\": "
                + "\"delta\", \"rows\": 1, \"sha256\": \"" + "0".repeat(64) + "\"}").getBytes(StandardCharsets.UTF_8),
                "services.csv", csv.toByteArray())));
        assertThat(Files.size(zip)).isLessThan(LIMITS.maxEntryBytes());

        assertThatThrownBy(() -> inspect(zip)).isInstanceOf(BatchRefusedException.class)
                .hasMessageContaining("larger than the limit of " + LIMITS.maxEntryBytes());
    }

    @Test
    void allFilesTogetherAreBoundedToo() throws IOException {
        TestBatch batch = new TestBatch("b-11");
        String row = "S,C,N,m3\r\n";
        String[] lines = new String[1 + 40 * 1024 / row.length()];
        lines[0] = "external_id,code,name,unit";
        java.util.Arrays.fill(lines, 1, lines.length, "S,C,N,m3");
        batch.csv("services", "delta", lines).csv("prices", "delta", prices(lines.length));

        Path zip = batch.writeZip(temp.resolve("total.zip"));
        ImportLimits smallTotal = new ImportLimits(1 << 20, 20, 64 * 1024, 64 * 1024, CsvLimits.DEFAULT);
        assertThatThrownBy(() -> inspect(zip, smallTotal)).isInstanceOf(BatchRefusedException.class)
                .hasMessageContaining("the batch (all files together) is larger than the limit of 65536");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("x.zip"), "hello");
        assertThatThrownBy(() -> inspect(file)).isInstanceOf(BatchRefusedException.class)
                .hasMessage("the body is not a ZIP archive");
    }

    private static String[] prices(int count) {
        String[] lines = new String[count];
        lines[0] = "external_id,service_external_id,valid_from,price,vat_rate";
        java.util.Arrays.fill(lines, 1, count, "P,S,2026-01-01,1.0,9.5");
        return lines;
    }

    private static TestBatch services(String id) {
        return new TestBatch(id).csv("services", "delta", "external_id,code,name,unit", "S1,VODA,Voda,m3",
                "S2,\"ODVOD, KANAL\",Odvajanje,m3");
    }

    private static String manifest(String id, String version, String file) {
        return "{\"batch_id\": \"" + id + "\", \"created_at\": \"2026-11-30T22:00:00Z\", \"producer\": \"t\", "
                + "\"format_version\": \"" + version + "\", \"files\": [" + file + "]}";
    }

    private void assertRefused(TestBatch batch, String reason) throws IOException {
        Path zip = batch.writeZip(temp.resolve(System.nanoTime() + ".zip"));
        assertThatThrownBy(() -> inspect(zip)).isInstanceOf(BatchRefusedException.class)
                .hasMessageContaining(reason);
    }

    private static VerifiedBatch inspect(Path location) throws IOException {
        return inspect(location, LIMITS);
    }

    private static VerifiedBatch inspect(Path location, ImportLimits limits) throws IOException {
        try (BatchSource source = BatchSource.of(location, limits)) {
            return new BatchInspector(limits, Map.of("services", new Columns("services",
                    Set.of("external_id", "code", "name", "unit"), Set.of("external_id", "code", "name", "unit",
                    "version")), "prices", new Columns("prices", Set.of("external_id"), Set.of("external_id",
                    "service_external_id", "valid_from", "price", "vat_rate")))).inspect(source);
        }
    }

    private static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** The inspector reads only a type's columns. */
    private record Columns(String name, Set<String> requiredColumns, Set<String> knownColumns)
            implements ExchangeFile {

        @Override
        public List<RowResult> apply(List<ExchangeRow> rows, ImportContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long completeFull(ImportContext context) {
            throw new UnsupportedOperationException();
        }
    }
}
