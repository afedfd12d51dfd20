package si.utility.portal.integration.importing.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import si.utility.portal.integration.importing.batch.BatchRefusedException;

/**
 * The drop folder ({@code portal.import.inbox}): every poll, a complete batch in it is claimed by an atomic rename
 * into {@code processing/} (of two nodes, one wins the rename), queued like a batch received by REST, and once
 * finished moved to {@code done/} or {@code failed/} with {@code <name>.report.json} beside it. Complete means: a
 * folder that holds {@code manifest.json} (write it last), or {@code <name>.zip} with a marker file
 * {@code <name>.zip.ready} (write it after the archive).
 */
@ApplicationScoped
public class DropFolder {

    private static final Logger LOG = Logger.getLogger(DropFolder.class.getName());
    static final String READY = ".ready";

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    ImportSettings settings;

    @Inject
    ImportIntake intake;

    @Inject
    BatchRecords records;

    @Inject
    Clock clock;

    private ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (settings.inbox().isPresent()) {
            polling = executor.scheduleWithFixedDelay(this::poll, settings.pollSeconds(), settings.pollSeconds(),
                    TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** One look at the folder: claims what is complete, files away what is finished. */
    public void poll() {
        try {
            Optional<Path> inbox = settings.inbox();
            if (inbox.isPresent()) {
                Path processing = Files.createDirectories(inbox.get().resolve("processing"));
                for (Path complete : completeBatches(inbox.get())) {
                    claim(complete, processing).ifPresent(this::submit);
                }
                for (Path claimed : list(processing)) {
                    fileAwayIfFinished(claimed);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Caught so that the scheduler, which drops a periodic task after an exception, keeps polling.
            LOG.log(Level.SEVERE, "Drop folder run failed", e);
        }
    }

    private List<Path> completeBatches(Path inbox) throws IOException {
        return list(inbox).stream().filter(path -> {
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)) {
                return !List.of("processing", "done", "failed").contains(name)
                        && Files.isRegularFile(path.resolve("manifest.json"));
            }
            return name.endsWith(".zip") && Files.exists(path.resolveSibling(name + READY));
        }).toList();
    }

    /** The atomic rename is the claim: of two nodes one moves the batch, the other finds it gone. */
    private static Optional<Path> claim(Path batch, Path processing) {
        Path target = processing.resolve(batch.getFileName());
        try {
            Files.move(batch, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(batch.resolveSibling(batch.getFileName() + READY));
            return Optional.of(target);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return Optional.empty();
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("The drop folder's processing/ must be on the same file system", e);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not claim " + batch);
            return Optional.empty();
        }
    }

    private void submit(Path claimed) {
        try {
            ImportIntake.Submission submission = intake.submitInPlace(claimed);
            if (!submission.queued()) {
                // Sent before (same id and content): filed away at once with the report of the first one.
                ImportReport earlier = submission.report();
                fileAway(claimed, earlier.status().equals("failed") ? "failed" : "done", earlier);
            }
        } catch (BatchRefusedException | BatchConflictException e) {
            fileAway(claimed, "failed", new Refusal(claimed.getFileName().toString(), "failed", e.getMessage()));
        } catch (IOException e) {
            fileAway(claimed, "failed", new Refusal(claimed.getFileName().toString(), "failed",
                    "the batch could not be read: " + e.getMessage()));
        }
    }

    /** A claimed batch whose report is final (its own, or the earlier one of the same id and content). */
    private void fileAwayIfFinished(Path claimed) {
        Optional<ImportReport> report = records.reportOfSource(claimed.toString());
        if (report.isEmpty()) {
            return;
        }
        String status = report.get().status();
        if (status.equals("done") || status.equals("failed")) {
            fileAway(claimed, status, report.get());
        }
    }

    private void fileAway(Path claimed, String folder, Object report) {
        Path inbox = claimed.getParent().getParent();
        try {
            Path target = Files.createDirectories(inbox.resolve(folder)).resolve(claimed.getFileName());
            Files.move(claimed, target, StandardCopyOption.ATOMIC_MOVE);
            try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
                Files.writeString(target.resolveSibling(claimed.getFileName() + ".report.json"), jsonb.toJson(report));
            }
        } catch (NoSuchFileException e) {
            // Another node filed it away first.
        } catch (Exception e) {
            LOG.log(Level.WARNING, e, () -> "Could not file away " + claimed);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            List<Path> paths = new ArrayList<>();
            entries.forEach(paths::add);
            return paths;
        }
    }

    /** The report of a batch refused before it was queued. */
    public record Refusal(String name, String status, String failure) {
    }
}
