package si.utility.portal.integration.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import si.utility.portal.integration.exchange.ExchangeFormat;
import si.utility.portal.integration.exchange.ExchangeRow;

/**
 * The batches the repository ships (the documentation's example, the demo data) stay valid: the manifest's row
 * counts and hashes match the files, every header has the format's columns, every row passes the checks that
 * need no database, every PDF is one.
 */
class ExchangeBatchesInTheRepositoryTest {

    private static final Pattern FILE_ENTRY = Pattern.compile(
            "\"name\": \"(\\w+)\",\\s*\"mode\": \"(delta|full)\",\\s*\"rows\": (\\d+),\\s*\"sha256\": \"([0-9a-f]{64})\"");

    /** The importer's own file types (not this package's), as docs/exchange-format.md defines them. */
    private static final Map<String, List<String>> IMPORTER_FILES = Map.of(
            "services", List.of("external_id", "code", "name", "unit", "version"),
            "prices", List.of("external_id", "service_external_id", "valid_from", "price", "vat_rate", "version"));

    private static final Map<String, UpsertFile<?, ?, ?>> UPSERT_FILES = Map.of(
            "payers", new PayersFile(), "consumption_points", new ConsumptionPointsFile(),
            "point_payers", new PointPayersFile(), "meters", new MetersFile(), "readings", new ReadingsFile(),
            "invoices", new InvoicesFile(), "invoice_lines", new InvoiceLinesFile(),
            "open_items", new OpenItemsFile());

    @ParameterizedTest
    @ValueSource(strings = {"docs/exchange/example", "src/main/resources/demo/batch"})
    void theManifestMatchesTheFilesAndEveryRowPassesTheFormatsChecks(String folder) throws IOException {
        Path batch = Path.of(folder);
        String manifest = Files.readString(batch.resolve("manifest.json"));
        assertThat(manifest).contains("\"format_version\": \"1\"");
        Map<String, Matcher> entries = new LinkedHashMap<>();
        Matcher matcher = FILE_ENTRY.matcher(manifest);
        while (matcher.find()) {
            entries.put(matcher.group(1), FILE_ENTRY.matcher(matcher.group()));
        }
        assertThat(entries.keySet()).as("every file of the format").containsExactlyElementsOf(
                ExchangeFormat.FILE_ORDER);
        for (Map.Entry<String, Matcher> entry : entries.entrySet()) {
            String name = entry.getKey();
            Matcher fields = entry.getValue();
            assertThat(fields.matches()).isTrue();
            byte[] bytes = Files.readAllBytes(batch.resolve(name + ".csv"));
            List<ExchangeRow> rows = rows(name, new String(bytes, StandardCharsets.UTF_8));
            assertThat(rows).as(name + " rows").hasSize(Integer.parseInt(fields.group(3)));
            assertThat(sha256(bytes)).as(name + " sha256").isEqualTo(fields.group(4));
            assertValidRows(name, rows);
        }
        if (!Files.isDirectory(batch.resolve("pdf"))) {
            return;
        }
        try (Stream<Path> pdfs = Files.list(batch.resolve("pdf"))) {
            for (Path pdf : pdfs.toList()) {
                assertThat(pdf.getFileName().toString()).matches("\\d+\\.pdf");
                assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static void assertValidRows(String name, List<ExchangeRow> rows) {
        for (ExchangeRow row : rows) {
            List<String> header = new ArrayList<>(row.values().keySet());
            if (IMPORTER_FILES.containsKey(name)) {
                assertThat(IMPORTER_FILES.get(name)).as(name + " columns").containsAll(header);
                continue;
            }
            UpsertFile<?, ?, ?> file = UPSERT_FILES.get(name);
            if (file == null) {
                continue;
            }
            assertThat(file.knownColumns()).as(name + " columns").containsAll(header);
            assertThat(header).as(name + " required columns").containsAll(file.requiredColumns());
            RowCheck check = new RowCheck(row);
            file.parse(check);
            assertThat(check.failed()).as("%s line %d: %s", name, row.line(), check.rejection()).isFalse();
        }
    }

    /** The batches in the repository quote nothing, so a plain split reads them. */
    private static List<ExchangeRow> rows(String name, String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        List<ExchangeRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] values = lines.get(i).split(",", -1);
            assertThat(values).as("%s line %d", name, i + 1).hasSameSizeAs(header);
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                byColumn.put(header[c], values[c]);
            }
            rows.add(new ExchangeRow(name, i + 1, byColumn));
        }
        return rows;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
