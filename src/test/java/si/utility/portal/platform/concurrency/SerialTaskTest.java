package si.utility.portal.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialTaskTest {

    @Test
    void awaitIdleWaitsForTheRunInProgressOnly() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SerialTask task = new SerialTask("test", () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(task.awaitIdle(Duration.ZERO)).as("nothing runs yet").isTrue();

        Thread runner = new Thread(task::run);
        runner.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(task.awaitIdle(Duration.ofMillis(50))).as("the run is blocked").isFalse();

        release.countDown();
        assertThat(task.awaitIdle(Duration.ofSeconds(30))).isTrue();
        runner.join();
    }
}
