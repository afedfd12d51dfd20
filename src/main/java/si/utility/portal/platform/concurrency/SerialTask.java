package si.utility.portal.platform.concurrency;

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
