package si.utility.portal.platform.concurrency;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background task that never overlaps itself on this node: a run asked for while one is busy follows right
 * after it. A failure is logged, never thrown, since a scheduler drops a periodic task after an exception.
 */
public final class SerialTask {

    private static final Logger LOG = Logger.getLogger(SerialTask.class.getName());

    private final String name;
    private final Runnable task;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    public SerialTask(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    /** Waits until no run is busy, at most {@code timeout}; false if one still is. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.get()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    public void run() {
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, name + " failed", e);
            } finally {
                running.set(false);
            }
        }
    }
}
