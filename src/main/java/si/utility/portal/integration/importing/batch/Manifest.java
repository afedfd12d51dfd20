package si.utility.portal.integration.importing.batch;

import java.time.Instant;
import java.util.List;

/** The batch's {@code manifest.json}: who made it, when, and what files it holds with their size and hash. */
public record Manifest(String batchId, Instant createdAt, String producer, String formatVersion, boolean strict,
        List<ManifestFile> files) {

    public Manifest {
        files = List.copyOf(files);
    }

    /** The CSV files, without the PDFs. */
    public List<ManifestFile> dataFiles() {
        return files.stream().filter(ManifestFile::isData).toList();
    }

    public List<ManifestFile> documents() {
        return files.stream().filter(file -> !file.isData()).toList();
    }
}
