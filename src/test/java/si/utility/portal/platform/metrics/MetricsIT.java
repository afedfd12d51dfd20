package si.utility.portal.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.testsupport.AlsoOnServers;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.NewPayer;

/**
 * /metrics in Prometheus' text format, for the scraper with the token of the test configuration
 * ("test-metrics-token", arquillian.xml and pom.xml): a log-in and a failed one are counted, the pages timed.
 */
@AlsoOnServers
class MetricsIT extends BrowserTest {

    private static final String TOKEN = "test-metrics-token";
    private static final String PASSWORD = "Meritve-2026";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void withoutTheTokenThereAreNoMetrics() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("wrong-token").statusCode()).isEqualTo(401);
    }

    @Test
    void logInsAreCountedByOutcomeAndPagesAreTimed() throws Exception {
        double okBefore = value(metrics(), "portal_logins_total{outcome=\"ok\"}");
        double failedBefore = value(metrics(), "portal_logins_total{outcome=\"failed\"}");
        NewPayer payer = new Fixtures(base).newActiveAccount(PASSWORD, true);
        WebDriver driver = browser.driver();

        LoginPage.open(driver, base).logInFailing(payer.payerCode(), "Napačno-" + PASSWORD)
                .logIn(payer.payerCode(), PASSWORD);

        String metrics = metrics();
        assertThat(value(metrics, "portal_logins_total{outcome=\"ok\"}")).isEqualTo(okBefore + 1);
        assertThat(value(metrics, "portal_logins_total{outcome=\"failed\"}")).isEqualTo(failedBefore + 1);
        assertThat(value(metrics, "portal_http_requests_seconds_count{page=\"/account/login\",status=\"2xx\"}"))
                .isPositive();
        assertThat(value(metrics,
                "portal_http_requests_seconds_bucket{page=\"/account/login\",status=\"2xx\",le=\"+Inf\"}"))
                .isPositive();
        assertThat(metrics).contains("portal_mail_backlog ");
    }

    private String metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = scrape(TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    private HttpResponse<String> scrape(String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "metrics"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one series, 0 while it does not exist yet. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
