package si.utility.portal.integration.importing.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import si.utility.portal.integration.exchange.ExchangeFile;

/**
 * Checks a whole batch before anything of it is applied, reading every file once as a stream: the manifest, that
 * the batch holds exactly the files it lists (no unknown file, none missing), each file's SHA-256 and row count,
 * each CSV file's syntax and header, and the limits. A batch it passes can only fail row by row later.
 */
public final class BatchInspector {

    private final ImportLimits limits;
    private final Map<String, ExchangeFile> types;

    /** {@code types}: the file types this portal has, by name. */
    public BatchInspector(ImportLimits limits, Map<String, ExchangeFile> types) {
        this.limits = limits;
        this.types = Map.copyOf(types);
    }

    public VerifiedBatch inspect(BatchSource source) throws IOException {
        if (!source.paths().contains(BatchSource.MANIFEST)) {
            throw new BatchRefusedException("the batch has no manifest.json");
        }
        byte[] manifestBytes;
        try (InputStream in = source.open(BatchSource.MANIFEST, ImportLimits.MAX_MANIFEST_BYTES)) {
            manifestBytes = in.readAllBytes();
        }
        Manifest manifest = ManifestReader.read(manifestBytes);
        checkListedFilesArePresent(source, manifest);
        long remaining = limits.maxTotalBytes();
        for (ManifestFile file : manifest.files()) {
            remaining -= check(source, file, remaining);
        }
        return new VerifiedBatch(manifest, sha256Hex(manifestBytes));
    }

    private void checkListedFilesArePresent(BatchSource source, Manifest manifest) {
        Set<String> listed = new HashSet<>();
        for (ManifestFile file : manifest.files()) {
            listed.add(file.path());
            if (!source.paths().contains(file.path())) {
                throw new BatchRefusedException("manifest.json lists " + file.name() + " but the batch has no "
                        + file.path());
            }
            if (file.isData() && !types.containsKey(file.name())) {
                throw new BatchRefusedException("this portal cannot import file type " + file.name() + " yet");
            }
        }
        Set<String> unknown = new TreeSet<>(source.paths());
        unknown.removeAll(listed);
        unknown.remove(BatchSource.MANIFEST);
        if (!unknown.isEmpty()) {
            throw new BatchRefusedException("the batch holds files manifest.json does not list: "
                    + String.join(", ", unknown.stream().limit(10).toList()));
        }
    }

    /** Answers the bytes the file had. */
    private long check(BatchSource source, ManifestFile file, long remainingTotal) throws IOException {
        MessageDigest digest = sha256();
        LimitedInputStream total;
        try (InputStream in = source.open(file.path(), limits.maxEntryBytes())) {
            total = new LimitedInputStream(in, "the batch (all files together)", remainingTotal,
                    limits.maxTotalBytes());
            DigestInputStream hashed = new DigestInputStream(total, digest);
            if (file.isData()) {
                checkRows(hashed, file);
            } else {
                hashed.transferTo(OutputStream.nullOutputStream());
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(file.sha256())) {
            throw new BatchRefusedException(file.path() + ": its SHA-256 is " + actual + ", manifest.json says "
                    + file.sha256());
        }
        return total.bytesRead();
    }

    private void checkRows(InputStream in, ManifestFile file) throws IOException {
        long rows = 0;
        try {
            CsvReader reader = new CsvReader(in, limits.csv());
            CsvRecord header = reader.next();
            if (header == null) {
                throw new BatchRefusedException(file.path() + " is empty: it needs at least the header row");
            }
            checkHeader(file, header.fields());
            while (reader.next() != null) {
                rows++;
            }
        } catch (CsvFormatException e) {
            throw new BatchRefusedException(file.path() + ", line " + e.line() + ": " + e.getMessage());
        }
        if (rows != file.rows()) {
            throw new BatchRefusedException(file.path() + " has " + rows + " data rows, manifest.json says "
                    + file.rows());
        }
    }

    private void checkHeader(ManifestFile file, List<String> columns) {
        ExchangeFile type = types.get(file.name());
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw new BatchRefusedException(file.path() + ": column " + column + " appears twice in the header");
            }
            if (!type.knownColumns().contains(column)) {
                throw new BatchRefusedException(file.path() + ": unknown column " + column + " (known: "
                        + String.join(", ", new TreeSet<>(type.knownColumns())) + ")");
            }
        }
        Set<String> missing = new TreeSet<>(type.requiredColumns());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new BatchRefusedException(file.path() + ": the header lacks the required columns "
                    + String.join(", ", missing));
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
