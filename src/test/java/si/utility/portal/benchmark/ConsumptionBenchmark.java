package si.utility.portal.benchmark;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.consumption.domain.PeriodKind;
import si.utility.portal.consumption.service.PointOverviewService;
import si.utility.portal.consumption.service.ReadingService;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData;

/**
 * Response times of the readings table and the consumption chart, on the demo payer's point and on a point with
 * 40 years of monthly readings, measured inside the server after a warm-up. Not part of the test suite: run it
 * with {@code ./mvnw verify -Pbenchmark}. The demo payer arrives by the demo batch, imported at start in the
 * background, so the benchmark waits for it first; the figures go to the server log (the build output) as one table.
 */
@ExtendWith(ArquillianExtension.class)
class ConsumptionBenchmark {

    private static final Logger LOG = Logger.getLogger(ConsumptionBenchmark.class.getName());
    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(BatchWait.class);
    }

    @Inject
    TestData testData;

    @Inject
    ReadingService readings;

    @Inject
    PointOverviewService pointOverview;

    @Inject
    Clock clock;

    @Inject
    BatchRecords records;

    @Test
    void readingsAndChart() throws InterruptedException {
        BatchWait.untilFinished(records, BatchWait.DEMO_BATCH, Duration.ofMinutes(10));
        long demoPayer = testData.payerId("1234");
        MeteredCustomer forty = testData.newMeteredCustomer("Benchmark-40-Years", 40 * 12);
        YearMonth now = YearMonth.now(clock);
        StringBuilder report = new StringBuilder("\nscenario                                   median      p95      max (ms)\n");
        report.append(measure("demo point: readings page 1", () -> readings.readings(demoPayer, "OM-100234",
                Medium.COLD_WATER, 0, 12)));
        report.append(measure("demo point: chart, 24 months", () -> readings.chart(demoPayer, "OM-100234",
                Medium.COLD_WATER, PeriodKind.MONTH, now.minusMonths(23), now)));
        report.append(measure("40 years: readings count", () -> readings.countReadings(forty.payerId(),
                forty.pointCode(), Medium.COLD_WATER)));
        report.append(measure("40 years: last readings page", () -> readings.readings(forty.payerId(),
                forty.pointCode(), Medium.COLD_WATER, 470, 12)));
        report.append(measure("40 years: chart, 24 months", () -> readings.chart(forty.payerId(),
                forty.pointCode(), Medium.COLD_WATER, PeriodKind.MONTH, now.minusMonths(23), now)));
        report.append(measure("40 years: chart, all years by year", () -> readings.chart(forty.payerId(),
                forty.pointCode(), Medium.COLD_WATER, PeriodKind.YEAR, now.minusYears(40), now)));
        report.append(measure("overview: point cards, demo payer", () -> pointOverview.cards(demoPayer)));
        report.append(measure("overview: point cards, 40 years", () -> pointOverview.cards(forty.payerId())));
        LOG.info("CONSUMPTION BENCHMARK" + report);
    }

    private static String measure(String scenario, Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(null);
        return "%-40s %8.2f %8.2f %8.2f%n".formatted(scenario, millis.get(MEASURED / 2),
                millis.get(MEASURED * 95 / 100), millis.get(MEASURED - 1));
    }
}
