package si.utility.portal.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The node's metrics, for Prometheus at {@code /metrics} ({@link MetricsServlet}): counters of what customers and
 * jobs did, timers, gauges. Names are dotted here ({@code portal.logins}) and exposed the Prometheus way
 * ({@code portal_logins_total}). Tag values must come from a small fixed set (an outcome, a page of the portal),
 * never from what a visitor typed: every new value is a new series kept in memory.
 */
@ApplicationScoped
public class Metrics {

    /**
     * The upper bounds of the latency buckets: a fixed few, so that each page's series stay countable (nine
     * buckets and +Inf) and Prometheus can still give its percentiles and the share of answers under a target.
     */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2_500),
        Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public void count(String name, String... tags) {
        registry.counter(name, tags).increment();
    }

    public void count(String name, double amount, String... tags) {
        registry.counter(name, tags).increment(amount);
    }

    public void time(String name, Duration duration, String... tags) {
        Timer.builder(name).tags(tags).register(registry).record(duration);
    }

    /** A timer with {@link #LATENCY_BUCKETS}, for what a visitor waits for. */
    public void latency(String name, Duration duration, String... tags) {
        Timer.builder(name).tags(tags).serviceLevelObjectives(LATENCY_BUCKETS).register(registry).record(duration);
    }

    /** A value read when Prometheus asks, such as the length of a queue. */
    public void gauge(String name, Supplier<Number> value) {
        Gauge.builder(name, value).register(registry);
    }

    String scrape() {
        return registry.scrape();
    }

    @PreDestroy
    void close() {
        registry.close();
    }
}
