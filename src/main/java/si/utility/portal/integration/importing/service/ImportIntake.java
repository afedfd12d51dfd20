package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import si.utility.portal.integration.importing.batch.BatchInspector;
import si.utility.portal.integration.importing.batch.BatchRefusedException;
import si.utility.portal.integration.importing.batch.BatchSource;
import si.utility.portal.integration.importing.batch.ImportLimits;
import si.utility.portal.integration.importing.batch.VerifiedBatch;

/**
 * Receives batches (the REST body, the drop folder, the demo data): checks each whole before it is queued
 * ({@link BatchInspector}), answers the earlier batch for the same id and content, and refuses the same id with
 * other content. Applying happens later, in the background ({@link ImportRunner}).
 */
@ApplicationScoped
public class ImportIntake {

    /** Fired after a batch is queued, so that the runner starts without waiting for its next poll. */
    public record BatchQueued(String batchId) {
    }

    /** The batch's report; {@code queued} is false when it is the earlier batch of the same id and content. */
    public record Submission(ImportReport report, boolean queued) {
    }

    @Inject
    ImportSettings settings;

    @Inject
    FileTypes types;

    @Inject
    BatchRecords records;

    @Inject
    Event<BatchQueued> queuedEvent;

    /** A ZIP archive, read from the stream into the import storage (at most the archive limit). */
    public Submission submitArchive(InputStream body) throws IOException {
        ImportLimits limits = settings.limits();
        Files.createDirectories(settings.storage());
        Path incoming = Files.createTempFile(settings.storage(), "incoming-", ".zip");
        try {
            copyAtMost(body, incoming, limits.maxArchiveBytes());
            VerifiedBatch verified = inspect(incoming, limits);
            Optional<Submission> earlier = earlier(verified);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Path stored = settings.storage().resolve(verified.contentSha256() + ".zip");
            Files.move(incoming, stored, StandardCopyOption.REPLACE_EXISTING);
            return queue(verified, stored);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /** A ZIP archive or folder that stays where it is until it is applied (the drop folder's claimed ones). */
    public Submission submitInPlace(Path location) throws IOException {
        VerifiedBatch verified = inspect(location, settings.limits());
        Optional<Submission> earlier = earlier(verified);
        return earlier.isPresent() ? earlier.get() : queue(verified, location);
    }

    private VerifiedBatch inspect(Path location, ImportLimits limits) throws IOException {
        try (BatchSource source = BatchSource.of(location, limits)) {
            return new BatchInspector(limits, types.byName()).inspect(source);
        }
    }

    private Optional<Submission> earlier(VerifiedBatch verified) {
        return records.report(verified.manifest().batchId()).map(report -> {
            if (!report.contentSha256().equals(verified.contentSha256())) {
                throw new BatchConflictException(verified.manifest().batchId());
            }
            return new Submission(report, false);
        });
    }

    private Submission queue(VerifiedBatch verified, Path source) {
        String batchId = verified.manifest().batchId();
        try {
            records.queue(verified, source);
        } catch (PersistenceException | TransactionalException e) {
            // Another request or node queued the same batch id a moment ago: answer as if it came first.
            return earlier(verified).orElseThrow(() -> e);
        }
        queuedEvent.fire(new BatchQueued(batchId));
        return new Submission(records.report(batchId).orElseThrow(), true);
    }

    private static void copyAtMost(InputStream body, Path target, long maxBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new BatchRefusedException("the archive is larger than the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
    }
}
