package si.utility.portal.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import si.utility.portal.platform.time.ClockProducer;

/** Replaces the portal's clock in test deployments, so a test can move time forward (token expiry) or stop it. */
@Alternative
@Priority(100)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant stoppedAt;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /**
     * Stops the clock at the present instant until {@link #reset()}, for rules that depend on the time between
     * two calls (a throttle's wait), so a slow machine cannot change their outcome.
     */
    public void stop() {
        stoppedAt = instant();
    }

    public void reset() {
        stoppedAt = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
