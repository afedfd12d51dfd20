package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.InvoiceDocuments;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;
import si.utility.portal.integration.importing.batch.BatchRefusedException;
import si.utility.portal.integration.importing.batch.BatchSource;
import si.utility.portal.integration.importing.batch.CsvFormatException;
import si.utility.portal.integration.importing.batch.CsvReader;
import si.utility.portal.integration.importing.batch.CsvRecord;
import si.utility.portal.integration.importing.batch.ImportLimits;
import si.utility.portal.integration.importing.service.BatchPlan.PlannedFile;
import si.utility.portal.integration.importing.service.ImportLease.LeaseLostException;

/**
 * Applies one batch from its checkpoint to its end: each file streamed (one chunk of rows in memory), each chunk
 * in its own transaction with its counts and the checkpoint (file, line), so a run that stops (a node dies)
 * resumes after the last committed chunk. A chunk the database refuses is applied again row by row, each row in
 * its own transaction, so only the bad row is rejected. A strict batch runs the same steps in one transaction.
 */
@ApplicationScoped
public class BatchExecution {

    private static final Logger LOG = Logger.getLogger(BatchExecution.class.getName());

    @Inject
    ChunkTransactions chunks;

    @Inject
    StrictRun strictRun;

    @Inject
    FileTypes types;

    @Inject
    ImportSettings settings;

    /** Runs the batch while {@code holder} holds the import lock; a lost lock ends the run at once. */
    public void run(long batchId, String holder) {
        BatchPlan plan = chunks.plan(batchId);
        try {
            if (plan.strict()) {
                runStrict(plan, holder);
            } else {
                runFiles(plan, holder, false);
                chunks.finish(batchId, holder);
            }
        } catch (BatchRefusedException | CsvFormatException e) {
            chunks.fail(batchId, "the batch can no longer be read: " + e.getMessage(), List.of());
        } catch (UncheckedIOException e) {
            chunks.fail(batchId, "the batch can no longer be read: " + e.getCause().getMessage(), List.of());
        }
        discardStored(plan);
    }

    private void runStrict(BatchPlan plan, String holder) {
        BatchPlan fromScratch = new BatchPlan(plan.id(), plan.batchId(), plan.source(), true, plan.files(), 0, 0);
        try {
            strictRun.inOneTransaction(() -> {
                runFiles(fromScratch, holder, true);
                chunks.finish(plan.id(), holder);
            });
        } catch (StrictRejection e) {
            chunks.fail(plan.id(), "strict batch: " + e.rejected().size() + " row(s) rejected (listed), nothing of "
                    + "the batch was applied", e.rejected());
        } catch (LeaseLostException e) {
            throw e;
        } catch (BatchRefusedException | CsvFormatException | UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Strict batch " + plan.batchId() + " rolled back");
            chunks.fail(plan.id(), "strict batch: the database refused a row (" + rootMessage(e) + "), nothing of "
                    + "the batch was applied", List.of());
        }
    }

    private void runFiles(BatchPlan plan, String holder, boolean strict) {
        chunks.start(plan.id(), holder);
        ImportLimits limits = settings.limits();
        try (BatchSource source = BatchSource.of(Path.of(plan.source()), limits)) {
            for (PlannedFile file : plan.files()) {
                if (file.position() < plan.checkpointFile()) {
                    continue;
                }
                if (file.isDocuments()) {
                    applyDocuments(plan, file, source, holder, strict);
                    chunks.finishFile(plan.id(), holder, context -> 0);
                } else {
                    ExchangeFile type = types.named(file.name());
                    applyRows(plan, file, type, source, holder, strict);
                    chunks.finishFile(plan.id(), holder, type::completeFull);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void applyRows(BatchPlan plan, PlannedFile file, ExchangeFile type, BatchSource source, String holder,
            boolean strict) throws IOException {
        ImportLimits limits = settings.limits();
        long committed = plan.committedLine(file.position());
        try (InputStream in = source.open(file.path(), limits.maxEntryBytes());
                CsvReader reader = new CsvReader(in, limits.csv())) {
            List<String> header = reader.next().fields();
            List<CsvRecord> chunk = new ArrayList<>(settings.chunkRows());
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                if (record.line() > committed) {
                    chunk.add(record);
                }
                if (chunk.size() == settings.chunkRows()) {
                    applyChunk(plan, file, type, header, chunk, holder, strict);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                applyChunk(plan, file, type, header, chunk, holder, strict);
            }
        }
    }

    private void applyChunk(BatchPlan plan, PlannedFile file, ExchangeFile type, List<String> header,
            List<CsvRecord> records, String holder, boolean strict) {
        long lastLine = records.get(records.size() - 1).line();
        if (strict) {
            List<RowResult> results = chunks.apply(plan.id(), holder, lastLine,
                    context -> applyRecords(file, type, header, records, context), file.path());
            rejectStrict(file, file.path(), results);
            strictRun.release();
            return;
        }
        try {
            chunks.apply(plan.id(), holder, lastLine, context -> applyRecords(file, type, header, records, context),
                    file.path());
        } catch (LeaseLostException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Chunk of " + file.path() + " refused; applying it row by row");
            for (CsvRecord record : records) {
                try {
                    chunks.apply(plan.id(), holder, record.line(),
                            context -> applyRecords(file, type, header, List.of(record), context), file.path());
                } catch (LeaseLostException lost) {
                    throw lost;
                } catch (RuntimeException refused) {
                    chunks.reject(plan.id(), holder, new RowResult(record.line(), RowOutcome.REJECTED, null,
                            "the database refused the row: " + rootMessage(refused)), file.path(), record.line());
                }
            }
        }
    }

    /** A record whose field count differs from the header's is rejected here; the type gets the others. */
    private static List<RowResult> applyRecords(PlannedFile file, ExchangeFile type, List<String> header,
            List<CsvRecord> records, ImportContext context) {
        List<ExchangeRow> rows = new ArrayList<>(records.size());
        Map<Long, RowResult> malformed = new HashMap<>();
        for (CsvRecord record : records) {
            if (record.fields().size() != header.size()) {
                malformed.put(record.line(), new RowResult(record.line(), RowOutcome.REJECTED, null, "the row has "
                        + record.fields().size() + " fields, the header " + header.size()));
            } else {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), record.fields().get(i));
                }
                rows.add(new ExchangeRow(file.name(), record.line(), values));
            }
        }
        List<RowResult> applied = rows.isEmpty() ? List.of() : type.apply(rows, context);
        if (applied.size() != rows.size()) {
            throw new IllegalStateException("File type " + type.name() + " answered " + applied.size()
                    + " results for " + rows.size() + " rows");
        }
        List<RowResult> results = new ArrayList<>(records.size());
        var next = applied.iterator();
        for (CsvRecord record : records) {
            RowResult bad = malformed.get(record.line());
            results.add(bad != null ? bad : next.next());
        }
        return results;
    }

    /** Invoice PDFs one per transaction (each may be large), in the order of their paths. */
    private void applyDocuments(BatchPlan plan, PlannedFile file, BatchSource source, String holder,
            boolean strict) throws IOException {
        List<String> paths = source.paths().stream().filter(path -> path.startsWith("pdf/")).sorted().toList();
        long committed = plan.committedLine(file.position());
        for (int i = 0; i < paths.size(); i++) {
            long line = i + 1L;
            if (line <= committed) {
                continue;
            }
            String path = paths.get(i);
            String number = path.substring("pdf/".length(), path.length() - ".pdf".length());
            if (types.invoiceDocuments().isEmpty()) {
                RowResult refused = new RowResult(0, RowOutcome.REJECTED, null,
                        "this portal cannot store invoice PDFs yet");
                if (strict) {
                    rejectStrict(file, path, List.of(refused));
                }
                chunks.reject(plan.id(), holder, refused, path, line);
                continue;
            }
            InvoiceDocuments documents = types.invoiceDocuments().get();
            List<RowResult> results = chunks.apply(plan.id(), holder, line, context -> {
                try (InputStream pdf = source.open(path, settings.limits().maxEntryBytes())) {
                    return List.of(documents.store(number, pdf, context));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, path);
            if (strict) {
                rejectStrict(file, path, results);
                strictRun.release();
            }
        }
    }

    private static void rejectStrict(PlannedFile file, String reportedFile, List<RowResult> results) {
        List<ChunkTransactions.RejectedAt> rejected = results.stream()
                .filter(result -> result.outcome() == RowOutcome.REJECTED)
                .map(result -> new ChunkTransactions.RejectedAt(file.name(), reportedFile, result)).toList();
        if (!rejected.isEmpty()) {
            throw new StrictRejection(rejected);
        }
    }

    /**
     * What the portal stored for the batch (an archive, or the demo batch's folder, directly in the storage
     * folder) is not needed once it is finished (the report stays). Batches taken in place elsewhere stay.
     */
    private void discardStored(BatchPlan plan) {
        Path source = Path.of(plan.source()).toAbsolutePath().normalize();
        if (settings.storage().toAbsolutePath().normalize().equals(source.getParent()) && Files.exists(source)) {
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete " + source + ": " + e);
            }
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
