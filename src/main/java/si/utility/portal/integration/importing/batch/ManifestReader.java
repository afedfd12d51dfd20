package si.utility.portal.integration.importing.batch;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import si.utility.portal.integration.exchange.ExchangeFormat;
import si.utility.portal.integration.exchange.FileMode;

/** Reads and checks {@code manifest.json} (docs/import-api.md); every defect is refused with its reason. */
public final class ManifestReader {

    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PDF = Pattern.compile("pdf/[A-Za-z0-9][A-Za-z0-9._-]{0,59}\\.pdf");

    private ManifestReader() {
    }

    public static Manifest read(byte[] json) {
        JsonObject root;
        try (var reader = Json.createReader(new ByteArrayInputStream(json))) {
            root = reader.readObject();
        } catch (JsonParsingException e) {
            throw new BatchRefusedException("manifest.json is not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw new BatchRefusedException("manifest.json must be one JSON object");
        }
        String version = text(root, "format_version");
        if (!ExchangeFormat.VERSION.equals(version)) {
            throw new BatchRefusedException("manifest.json: format_version \"" + version
                    + "\" is not supported (this portal reads version " + ExchangeFormat.VERSION + ")");
        }
        String batchId = text(root, "batch_id");
        if (!BATCH_ID.matcher(batchId).matches()) {
            throw new BatchRefusedException("manifest.json: batch_id must be 1 to 100 letters, digits, '.', '_', "
                    + "':' or '-', starting with a letter or digit");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "created_at"));
        } catch (DateTimeParseException e) {
            throw new BatchRefusedException("manifest.json: created_at must be an ISO 8601 instant such as "
                    + "2026-11-30T22:00:00Z");
        }
        String producer = text(root, "producer");
        boolean strict = root.containsKey("strict") && strictFlag(root.get("strict"));
        return new Manifest(batchId, createdAt, producer, version, strict, files(root));
    }

    private static boolean strictFlag(JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new BatchRefusedException("manifest.json: strict must be true or false");
    }

    private static List<ManifestFile> files(JsonObject root) {
        if (!(root.get("files") instanceof jakarta.json.JsonArray array) || array.isEmpty()) {
            throw new BatchRefusedException("manifest.json: files must be a non-empty array");
        }
        List<ManifestFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject entry)) {
                throw new BatchRefusedException("manifest.json: every entry of files must be an object");
            }
            ManifestFile file = file(entry);
            if (!names.add(file.name())) {
                throw new BatchRefusedException("manifest.json: file " + file.name() + " is listed twice");
            }
            files.add(file);
        }
        return files;
    }

    private static ManifestFile file(JsonObject entry) {
        String name = text(entry, "name");
        String sha256 = text(entry, "sha256").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new BatchRefusedException("manifest.json: sha256 of " + name + " must be 64 hexadecimal digits");
        }
        if (name.startsWith(ManifestFile.PDF_FOLDER)) {
            if (!PDF.matcher(name).matches()) {
                throw new BatchRefusedException("manifest.json: " + name + " is not a name of the form "
                        + "pdf/<invoice number>.pdf");
            }
            return new ManifestFile(name, null, 0, sha256);
        }
        if (!ExchangeFormat.FILE_ORDER.contains(name)) {
            throw new BatchRefusedException("manifest.json: unknown file " + name + " (known: "
                    + String.join(", ", ExchangeFormat.FILE_ORDER) + ", pdf/<invoice number>.pdf)");
        }
        FileMode mode = switch (text(entry, "mode")) {
            case "delta" -> FileMode.DELTA;
            case "full" -> FileMode.FULL;
            default -> throw new BatchRefusedException("manifest.json: mode of " + name
                    + " must be \"delta\" or \"full\"");
        };
        if (!(entry.get("rows") instanceof JsonNumber rows) || !rows.isIntegral() || rows.longValue() < 0) {
            throw new BatchRefusedException("manifest.json: rows of " + name + " must be a whole number, 0 or more");
        }
        return new ManifestFile(name, mode, rows.longValue(), sha256);
    }

    private static String text(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonString value) || value.getString().isBlank()) {
            throw new BatchRefusedException("manifest.json: " + key + " is missing or not a text");
        }
        return value.getString().strip();
    }
}
