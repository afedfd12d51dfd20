package si.utility.portal.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private final Metrics metrics = new Metrics();

    @Test
    void aLatencyIsCountedInEveryBucketFromTheFirstBoundAboveIt() {
        metrics.latency("portal.http.requests", Duration.ofMillis(300), "page", "/index", "status", "2xx");

        String scraped = metrics.scrape();

        String series = "portal_http_requests_seconds_bucket{page=\"/index\",status=\"2xx\",le=\"";
        assertThat(scraped).contains(series + "0.25\"} 0").contains(series + "0.5\"} 1")
                .contains(series + "10.0\"} 1").contains(series + "+Inf\"} 1");
        assertThat(scraped.lines().filter(line -> line.startsWith(series))).hasSize(Metrics.LATENCY_BUCKETS.length + 1);
    }

    @Test
    void aPlainTimerHasNoBuckets() {
        metrics.time("portal.import.duration", Duration.ofSeconds(3));

        assertThat(metrics.scrape()).contains("portal_import_duration_seconds_count 1")
                .doesNotContain("portal_import_duration_seconds_bucket");
    }
}
