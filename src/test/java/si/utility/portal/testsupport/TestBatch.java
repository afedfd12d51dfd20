package si.utility.portal.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An exchange batch for tests: CSV files and PDFs with a manifest.json that lists them with their true SHA-256
 * and row count (unless a test says otherwise), as a ZIP archive or a folder.
 */
public final class TestBatch {

    private final String batchId;
    private boolean strict;
    private String formatVersion = "1";
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, String> listed = new LinkedHashMap<>();
    private String manifestOverride;

    public TestBatch(String batchId) {
        this.batchId = batchId;
    }

    public static String randomId(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 12);
    }

    public TestBatch strict() {
        strict = true;
        return this;
    }

    public TestBatch formatVersion(String version) {
        formatVersion = version;
        return this;
    }

    /** A CSV file of the given type; lines joined with CRLF, the header first. */
    public TestBatch csv(String name, String mode, String... lines) {
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        entries.put(name + ".csv", bytes);
        listed.put(name, "{\"name\": \"" + name + "\", \"mode\": \"" + mode + "\", \"rows\": " + (lines.length - 1)
                + ", \"sha256\": \"" + sha256(bytes) + "\"}");
        return this;
    }

    /** A file in the archive the manifest does not list (or lists otherwise): for hostile batches. */
    public TestBatch unlisted(String path, byte[] bytes) {
        entries.put(path, bytes);
        return this;
    }

    public TestBatch manifest(String json) {
        manifestOverride = json;
        return this;
    }

    public String manifestJson() {
        if (manifestOverride != null) {
            return manifestOverride;
        }
        StringJoiner files = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        listed.values().forEach(files::add);
        return "{\n  \"batch_id\": \"" + batchId + "\",\n  \"created_at\": \"2026-11-30T22:00:00Z\",\n"
                + "  \"producer\": \"test\",\n  \"format_version\": \"" + formatVersion + "\",\n  \"strict\": "
                + strict + ",\n  \"files\": " + files + "\n}\n";
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifestJson().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public Path writeZip(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, zip());
    }

    public Path writeFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("manifest.json"), manifestJson());
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        return folder;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
