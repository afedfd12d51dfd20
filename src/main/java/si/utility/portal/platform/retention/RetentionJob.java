package si.utility.portal.platform.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link RetentionTask} every {@code portal.retention.interval-hours}, first
 * {@link #FIRST_RUN_MINUTES} after start-up. Scheduled like the mail dispatcher, on the server's default managed
 * executor, so it runs the same on Payara Micro, Payara Server and WildFly. Every node runs it: the tasks are
 * deletes by age, which two nodes may run at the same time without harm.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    static final long FIRST_RUN_MINUTES = 10;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Instance<RetentionTask> tasks;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.retention.interval-hours")
    long intervalHours;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        schedule = executor.scheduleWithFixedDelay(this::runAll, TimeUnit.MINUTES.toMillis(FIRST_RUN_MINUTES),
                TimeUnit.HOURS.toMillis(intervalHours), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One run of every task; a failing task is logged and does not keep the others from running. */
    public void runAll() {
        Instant now = clock.instant();
        for (RetentionTask task : tasks) {
            String name = nameOf(task);
            try {
                int deleted = task.deleteExpired(now);
                LOG.info(() -> "Retention: " + name + " deleted " + deleted + " row(s)");
            } catch (RuntimeException e) {
                // Caught so that the scheduler, which drops a periodic task after an exception, keeps running it.
                LOG.log(Level.SEVERE, e, () -> "Retention task " + name + " failed");
            }
        }
    }

    /** The task's class name without the CDI proxy's suffix. */
    private static String nameOf(RetentionTask task) {
        String name = task.getClass().getSimpleName();
        int proxy = name.indexOf('$');
        return proxy < 0 ? name : name.substring(0, proxy);
    }
}
