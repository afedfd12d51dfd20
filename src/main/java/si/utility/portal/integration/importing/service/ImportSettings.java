package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.integration.importing.batch.CsvLimits;
import si.utility.portal.integration.importing.batch.ImportLimits;

/** The {@code portal.import.*} settings (microprofile-config.properties explains each). */
@ApplicationScoped
public class ImportSettings {

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "portal.import.max-archive-bytes")
    long maxArchiveBytes;

    @Inject
    @ConfigProperty(name = "portal.import.max-files")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "portal.import.max-file-bytes")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "portal.import.max-total-bytes")
    long maxTotalBytes;

    @Inject
    @ConfigProperty(name = "portal.import.chunk-rows")
    int chunkRows;

    @Inject
    @ConfigProperty(name = "portal.import.rejected-rows-kept")
    int rejectedRowsKept;

    @Inject
    @ConfigProperty(name = "portal.import.lease-seconds")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "portal.import.poll-seconds")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "portal.import.inbox")
    Optional<String> inbox;

    public ImportLimits limits() {
        return new ImportLimits(maxArchiveBytes, maxFiles, maxFileBytes, maxTotalBytes, CsvLimits.DEFAULT);
    }

    /** Where received archives wait until they are applied: {@code <portal.data.dir>/import}. */
    public Path storage() {
        return Path.of(dataDir, "import");
    }

    public int chunkRows() {
        return chunkRows;
    }

    public int rejectedRowsKept() {
        return rejectedRowsKept;
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public long pollSeconds() {
        return pollSeconds;
    }

    /** The drop folder, or none when the key is empty. */
    public Optional<Path> inbox() {
        return inbox.filter(value -> !value.isBlank()).map(Path::of);
    }
}
