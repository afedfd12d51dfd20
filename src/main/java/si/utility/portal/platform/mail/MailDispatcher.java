package si.utility.portal.platform.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.concurrency.SerialTask;

/**
 * Delivers due outbox messages every {@code portal.mail.poll-seconds}, and soon after a transaction that
 * enqueued mail commits. Runs never overlap; a run asked for while another is busy follows right after it.
 * Each node's dispatcher is a poller of its own name, and sends only the messages it claimed.
 */
@ApplicationScoped
class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int BATCH_SIZE = 20;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    MailDelivery delivery;

    @Inject
    @ConfigProperty(name = "portal.mail.poll-seconds")
    long pollSeconds;

    private final String poller = pollerName();
    private final SerialTask serialRun = new SerialTask("Mail delivery run", this::deliverBatch);
    private ScheduledFuture<?> polling;
    /** Set when the node stops: the run in progress ends after its current message. */
    private volatile boolean stopping;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        polling = executor.scheduleWithFixedDelay(this::deliverDue, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "Mail delivery polls every " + pollSeconds + " s as poller " + poller
                + " (the name in OUTGOING_MAIL.CLAIMED_BY)");
    }

    void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.Enqueued enqueued) {
        executor.execute(this::deliverDue);
    }

    /**
     * A node that stops takes no new message and waits (up to {@link #STOP_WAIT}) for the one it is sending. That
     * message may still fail and stay claimed until its lease ends. Payara Micro ends the beans and the classes the
     * send needs while it waits here: the send failed on a bean no longer valid (WELD-000229) or a class no longer
     * loadable in 3 of 8 stops measured. The application hears of the stop no earlier: neither a servlet context
     * listener nor an observer of {@code @BeforeDestroyed(ApplicationScoped.class)} was called before that.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
        }
        try {
            if (!serialRun.awaitIdle(STOP_WAIT)) {
                LOG.warning(() -> "Mail delivery still busy when the node stopped: its message is sent again by"
                        + " another node after the lease of portal.mail.lease-seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void deliverDue() {
        serialRun.run();
    }

    private void deliverBatch() {
        for (long id : delivery.dueIds(BATCH_SIZE)) {
            if (stopping) {
                return;
            }
            try {
                if (delivery.claim(id, poller)) {
                    delivery.deliver(id, poller);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Could not record the delivery of mail " + id);
            }
        }
    }

    /** The host, for whoever reads OUTGOING_MAIL.CLAIMED_BY, and a random part that tells two servers apart. */
    private static String pollerName() {
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
