package si.utility.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.postgresql.ds.PGSimpleDataSource;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.ReadingEntryPage;
import si.utility.portal.pages.ReadingsPage;
import si.utility.portal.testsupport.Browser;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.PortalCluster;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/**
 * Two Payara Micro nodes in one data grid on one PostgreSQL behind HAProxy ({@link PortalCluster}): what one node
 * counts holds on the other, the outbox is shared without sending a mail twice, and a customer whose node is
 * killed goes on, logged in, on the other node with the form opened before. The node is killed last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayaraMicroClusterIT {

    private static final String PASSWORD = "Dve-vozlisci-2026";
    private static final int MAILS = 200;

    @RegisterExtension
    static final Browser browser = new Browser();

    private static PortalCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = PortalCluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void failedLogInsOnOneNodeMakeTheOtherAskForTheCaptcha() {
        WebDriver driver = browser.driver();
        NewPayer payer = new Fixtures(cluster.balancer()).newActiveAccount(PASSWORD, true);
        LoginPage login = LoginPage.open(driver, cluster.node(PortalCluster.NODE_A));
        for (int failure = 0; failure < 3; failure++) {
            login = login.logInFailing(payer.payerCode(), "Napačno-geslo-" + failure);
        }

        driver.manage().deleteAllCookies();
        LoginPage onTheOtherNode = LoginPage.open(driver, cluster.node(PortalCluster.NODE_B))
                .logInFailing(payer.payerCode(), PASSWORD);

        assertThat(onTheOtherNode.captchaShown()).as("node B knows node A's failures").isTrue();
    }

    @Test
    @Order(2)
    void twoNodesSendEachOf200QueuedMailsExactlyOnce() throws SQLException {
        String recipient = "cluster-" + UUID.randomUUID() + "@example.com";
        List<String> subjects = IntStream.range(0, MAILS).mapToObj(i -> "Obvestilo " + i).toList();
        enqueue(recipient, subjects);
        Instant enqueued = Instant.now();

        awaitAllMarkedSent(recipient);
        System.out.println(MAILS + " mails sent by two nodes in "
                + Duration.between(enqueued, Instant.now()).toMillis() + " ms");

        assertThat(TestMailbox.read(recipient)).extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrderElementsOf(subjects);
    }

    @Test
    @Order(3)
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
        System.out.println("Failover: " + failover.toMillis() + " ms from kill -9 of " + node
                + " to the answer of the form's POST by the other node");

        assertThat(driver.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue())
                .isEqualTo(PortalCluster.other(node));
        assertThat(readings.globalMessages()).contains(slovenian("reading.stored"));
        driver.get(cluster.balancer() + "billing/invoices");
        assertThat(driver.findElements(By.id("login"))).as("still logged in").isEmpty();
    }

    private static void enqueue(String recipient, List<String> subjects) throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO OUTGOING_MAIL"
                        + " (RECIPIENT, SUBJECT, TEXTBODY, CREATEDAT, ATTEMPTS, NEXTATTEMPTAT, VERSION)"
                        + " VALUES (?, ?, 'Besedilo', ?, 0, ?, 1)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (String subject : subjects) {
                insert.setString(1, recipient);
                insert.setString(2, subject);
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Once every message is marked sent, no node is still sending one of them. */
    private static void awaitAllMarkedSent(String recipient) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        try (Connection connection = database().getConnection();
                PreparedStatement unsent = connection.prepareStatement(
                        "SELECT COUNT(*) FROM OUTGOING_MAIL WHERE RECIPIENT = ? AND SENTAT IS NULL")) {
            unsent.setString(1, recipient);
            while (true) {
                try (ResultSet count = unsent.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        return;
                    }
                }
                assertThat(Instant.now()).as("all messages marked sent").isBefore(deadline);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static PGSimpleDataSource database() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + System.getProperty("portal.it.postgres.port") + "/"
                + System.getProperty("portal.it.postgres.cluster-database"));
        dataSource.setUser(System.getProperty("portal.it.postgres.user"));
        dataSource.setPassword(System.getProperty("portal.it.postgres.password"));
        return dataSource;
    }
}
