package si.utility.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
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
