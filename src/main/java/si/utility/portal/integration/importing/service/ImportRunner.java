package si.utility.portal.integration.importing.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import si.utility.portal.integration.importing.service.ImportLease.LeaseLostException;
import si.utility.portal.platform.concurrency.SerialTask;

/**
 * Applies queued batches in the background, on the server's managed scheduled executor (Jakarta Concurrency:
 * the same on Payara and WildFly; Jakarta Batch is not part of Payara Micro's and WildFly's default profiles
 * alike). Every {@code portal.import.poll-seconds}, and right after a batch is queued, a node that gets the import
 * lock runs the batches one after the other, a batch a dead node left unfinished first.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    ImportLease lease;

    @Inject
    BatchRecords records;

    @Inject
    BatchExecution execution;

    @Inject
    ChunkTransactions chunks;

    @Inject
    ImportSettings settings;

    private final String holder = holderName();
    private final SerialTask serialRun = new SerialTask("Import run", this::runQueued);
    private ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        polling = executor.scheduleWithFixedDelay(this::runDue, settings.pollSeconds(), settings.pollSeconds(),
                TimeUnit.SECONDS);
    }

    void nudge(@Observes ImportIntake.BatchQueued queued) {
        executor.execute(this::runDue);
    }

    /**
     * A node that stops hands the import lock back, so that another node goes on with the batch at once, from
     * its last committed chunk (this node's chunk in progress then fails its lease check and rolls back).
     */
    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        try {
            lease.release(holder);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not hand the import lock back; it passes on when its lease ends");
        }
    }

    /** Runs never overlap on one node; one asked for while another is busy follows right after it. */
    public void runDue() {
        serialRun.run();
    }

    private void runQueued() {
        if (records.nextToRun().isEmpty() || !lease.claim(holder)) {
            return;
        }
        try {
            for (Optional<Long> next = records.nextToRun(); next.isPresent(); next = records.nextToRun()) {
                runOne(next.get());
            }
        } catch (LeaseLostException e) {
            LOG.warning(() -> e.getMessage() + ": another node goes on with the batch");
            return;
        }
        lease.release(holder);
    }

    private void runOne(long batchId) {
        try {
            execution.run(batchId, holder);
        } catch (LeaseLostException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Import batch " + batchId + " failed");
            chunks.fail(batchId, "the portal could not apply the batch: " + BatchExecution.rootMessage(e),
                    List.of());
        }
    }

    /** The host, for whoever reads IMPORT_LOCK.HOLDER, and a random part that tells two servers apart. */
    private static String holderName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 60 ? host.substring(0, 60) : host) + "/" + unique;
    }
}
