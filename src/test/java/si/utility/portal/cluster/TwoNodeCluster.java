package si.utility.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.ReadingEntryPage;
import si.utility.portal.pages.ReadingsPage;
import si.utility.portal.testsupport.Browser;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.PortalCluster;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData.NewPayer;

/**
 * Two nodes of one server family behind HAProxy ({@link PortalCluster}): a customer whose node is killed goes on,
 * logged in, on the other node with the form opened before the kill. The kill comes last, after the tests of the
 * subclass, which have both nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TwoNodeCluster {

    static final String PASSWORD = "Dve-vozlisci-2026";
    /** Payara names the field LoggerName, WildFly loggerName. */
    private static final Pattern PORTAL_LOGGER = Pattern.compile("\"(?i:loggerName)\":\"si\\.utility\\.portal\\.");

    @RegisterExtension
    static final Browser browser = new Browser();

    PortalCluster cluster;

    abstract PortalCluster startCluster();

    @BeforeAll
    void start() {
        cluster = startCluster();
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The nodes run with JSON logs (json-logging.properties, json-logs.cli); the launcher's banner comes before. */
    @Test
    @Order(0)
    void everyLineANodeLogsIsOneJsonObject() {
        for (String node : List.of(PortalCluster.NODE_A, PortalCluster.NODE_B)) {
            List<String> lines = cluster.logLines(node);
            List<String> logged = lines.subList(indexOfFirstJson(lines), lines.size());
            assertThat(logged).as(node).hasSizeGreaterThan(10);
            for (String line : logged) {
                assertThat(line).as(node).startsWith("{").endsWith("}");
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    assertThat(reader.readObject()).as(node).isNotEmpty();
                }
            }
            assertThat(logged).as("%s: the portal's own lines", node)
                    .anyMatch(line -> PORTAL_LOGGER.matcher(line).find());
        }
    }

    /** A visitor's own X-Request-Id is replaced by the balancer's, which the answer and HAProxy's log carry. */
    @Test
    @Order(1)
    void theBalancerNamesEveryRequestWithAnIdOfItsOwn() throws Exception {
        HttpResponse<Void> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(cluster.balancer() + "account/login"))
                        .header("X-Request-Id", "chosen-by-the-visitor").build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(answer.statusCode()).isEqualTo(200);
        String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(cluster.awaitBalancerLogLine(line -> line.endsWith(" " + id), 1)).contains("GET /account/login");
    }

    /** A failed log-in through the balancer: its line in the node's log names the id HAProxy logged for the POST. */
    @Test
    @Order(2)
    void whatARequestLogsOnItsNodeNamesTheBalancersIdOfIt() throws Exception {
        NewPayer payer = new Fixtures(cluster.balancer()).newActiveAccount(PASSWORD, true);
        Predicate<String> logInPost = line -> line.contains("\"POST /account/login");
        int before = (int) cluster.balancerLogLines().stream().filter(logInPost).count();
        LoginPage.open(browser.driver(), cluster.balancer()).logInFailing(payer.payerCode(), "Napačno-" + PASSWORD);
        String post = cluster.awaitBalancerLogLine(logInPost, before + 1);
        String id = post.substring(post.lastIndexOf(' ') + 1);

        Instant deadline = Instant.now().plusSeconds(15);
        while (nodeLines().noneMatch(line -> line.contains("request " + id)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(nodeLines()).anyMatch(line -> line.contains("Failed log-in") && line.contains("request " + id));
    }

    private Stream<String> nodeLines() {
        return Stream.of(PortalCluster.NODE_A, PortalCluster.NODE_B).flatMap(node -> cluster.logLines(node).stream());
    }

    private static int indexOfFirstJson(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{")) {
                return i;
            }
        }
        return lines.size();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aCustomerWhoseNodeIsKilledGoesOnLoggedInOnTheOtherWithTheFormOpenedBefore() {
        WebDriver driver = browser.driver();
        MeteredCustomer customer = new Fixtures(cluster.balancer()).newMeteredCustomer(PASSWORD, 3);
        LoginPage.open(driver, cluster.balancer()).logIn(customer.payerCode(), PASSWORD);
        driver.get(cluster.balancer() + "consumption/reading-entry?code=" + customer.pointCode());
        ReadingEntryPage form = new ReadingEntryPage(driver);
        String node = driver.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue();

        cluster.kill(node);
        Instant killed = Instant.now();
        ReadingsPage readings = form.enter("131");
        Duration failover = Duration.between(killed, Instant.now());
        System.out.println(getClass().getSimpleName() + " failover: " + failover.toMillis() + " ms from kill -9 of "
                + node + " to the answer of the form's POST by the other node");

        assertThat(driver.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue())
                .isEqualTo(PortalCluster.other(node));
        assertThat(readings.globalMessages()).contains(slovenian("reading.stored"));
        driver.get(cluster.balancer() + "billing/invoices");
        assertThat(driver.findElements(By.id("login"))).as("still logged in").isEmpty();
    }
}
