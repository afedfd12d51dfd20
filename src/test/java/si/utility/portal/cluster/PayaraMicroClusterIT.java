package si.utility.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.postgresql.ds.PGSimpleDataSource;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.PayaraMicroNodes;
import si.utility.portal.testsupport.PortalCluster;
import si.utility.portal.testsupport.PostgresSession;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/**
 * Two Payara Micro nodes in one Domain Data Grid on one PostgreSQL behind HAProxy: what one node counts holds on
 * the other, so does a captcha it showed, the outbox is shared without sending a mail twice, readiness follows the database and the balancer
 * follows readiness; then the failover of {@link TwoNodeCluster}.
 */
class PayaraMicroClusterIT extends TwoNodeCluster {

    private static final int MAILS = 200;

    @Override
    PortalCluster startCluster() {
        return PayaraMicroNodes.start();
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

    /** The balancer's cookie is switched to the other node, as after a failover, with the captcha form open. */
    @Test
    @Order(2)
    void aCaptchaShownByOneNodeIsAnsweredOnTheOther() {
        WebDriver driver = browser.driver();
        NewPayer payer = new Fixtures(cluster.balancer()).newActiveAccount(PASSWORD, true);
        LoginPage login = LoginPage.open(driver, cluster.balancer());
        for (int failure = 0; failure < 3; failure++) {
            login = login.logInFailing(payer.payerCode(), "Napačno-geslo-" + failure);
        }
        login = login.logInFailing(payer.payerCode(), PASSWORD);
        assertThat(login.captchaShown()).isTrue();
        String node = driver.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue();

        driver.manage().addCookie(new Cookie(PortalCluster.NODE_COOKIE, PortalCluster.other(node), "/"));
        login.logIn(payer.payerCode(), PASSWORD, "TEST1");

        assertThat(driver.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue())
                .isEqualTo(PortalCluster.other(node));
    }

    @Test
    @Order(3)
    void twoNodesSendEachOf200QueuedMailsExactlyOnce() throws SQLException {
        String recipient = "cluster-" + UUID.randomUUID() + "@example.com";
        List<String> subjects = enqueue(recipient, "Obvestilo ");
        Instant enqueued = Instant.now();

        awaitMarkedSent(recipient, MAILS);
        System.out.println(MAILS + " mails sent by two nodes in "
                + Duration.between(enqueued, Instant.now()).toMillis() + " ms");

        assertThat(TestMailbox.read(recipient)).extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrderElementsOf(subjects);
    }

    /**
     * The outbox is at least once: a node that dies between the SMTP server's answer and its commit leaves its
     * message to be sent again. A node sends one message at a time, so at most that one is repeated.
     */
    @Test
    @Order(4)
    void aNodeKilledWhileSendingLosesNoMailAndRepeatsAtMostTheOneInFlight() throws SQLException {
        String recipient = "cluster-kill-" + UUID.randomUUID() + "@example.com";
        List<String> subjects = enqueue(recipient, "Opomnik ");
        awaitMarkedSent(recipient, MAILS / 10);

        cluster.kill(PortalCluster.NODE_A);
        awaitMarkedSent(recipient, MAILS);
        List<String> received = TestMailbox.read(recipient).stream().map(ReceivedMail::subject).toList();
        cluster.restart(PortalCluster.NODE_A);

        assertThat(received).containsAll(subjects).hasSizeBetween(MAILS, MAILS + 1);
    }

    /**
     * A node that is stopped (SIGTERM) while sending loses no message and leaves the others at most the one it had
     * in hand: it claims no other, and that one is sent again at most once. Not "none": Payara Micro ends the
     * application's beans and classes while that message is being sent, so it failed in 3 of 8 stops measured,
     * and stays claimed until its lease ends (see {@code MailDispatcher.stop}).
     */
    @Test
    @Order(5)
    void aNodeThatIsStoppedLosesNoMailAndLeavesAtMostTheOneInHandClaimed() throws SQLException {
        String poller = pollerOf(PortalCluster.NODE_A);
        String recipient = "cluster-stop-" + UUID.randomUUID() + "@example.com";
        List<String> subjects = enqueue(recipient, "Račun ");
        String sentByTheNode = "SELECT COUNT(*) FROM OUTGOING_MAIL WHERE RECIPIENT = ? AND CLAIMED_BY = ?"
                + " AND SENTAT IS NOT NULL";
        awaitAtLeast(5, sentByTheNode, recipient, poller);

        cluster.stop(PortalCluster.NODE_A);
        long leftClaimed = count("SELECT COUNT(*) FROM OUTGOING_MAIL WHERE RECIPIENT = ? AND CLAIMED_BY = ?"
                + " AND LEASE_UNTIL IS NOT NULL", recipient, poller);
        awaitMarkedSent(recipient, MAILS);
        List<String> received = TestMailbox.read(recipient).stream().map(ReceivedMail::subject).toList();
        cluster.restart(PortalCluster.NODE_A);

        assertThat(leftClaimed).as("messages node A left claimed").isLessThanOrEqualTo(1);
        assertThat(received).containsAll(subjects).hasSizeBetween(MAILS, MAILS + 1);
    }

    /** The poller name the node's mail delivery logged at its start. */
    private String pollerOf(String node) {
        Pattern logged = Pattern.compile("as poller (\\S+) \\(");
        return cluster.logLines(node).stream().map(logged::matcher).filter(Matcher::find)
                .reduce((first, latest) -> latest).map(matcher -> matcher.group(1))
                .orElseThrow(() -> new AssertionError(node + " logged no poller name"));
    }

    private static long count(String query, String... parameters) throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    @Order(6)
    void withoutTheDatabaseNeitherNodeIsReadySoTheBalancerRefusesAndBothComeBackWithIt() {
        URI balancer = URI.create(cluster.balancer() + "account/login");
        PostgresSession.stopForATest();
        try {
            for (String node : List.of(PortalCluster.NODE_A, PortalCluster.NODE_B)) {
                cluster.awaitStatus(cluster.readiness(node), 503, Duration.ofSeconds(30));
            }
            cluster.awaitStatus(balancer, 503, Duration.ofSeconds(10));
        } finally {
            PostgresSession.startAgain();
        }
        for (String node : List.of(PortalCluster.NODE_A, PortalCluster.NODE_B)) {
            cluster.awaitStatus(cluster.readiness(node), 200, Duration.ofSeconds(60));
        }
        cluster.awaitStatus(balancer, 200, Duration.ofSeconds(10));
    }

    /** {@link #MAILS} messages to the recipient, queued as the portal queues them; their subjects. */
    private static List<String> enqueue(String recipient, String subjectPrefix) throws SQLException {
        List<String> subjects = IntStream.range(0, MAILS).mapToObj(i -> subjectPrefix + i).toList();
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
        return subjects;
    }

    /** Waits until {@code count} messages are marked sent; once all are, no node is still sending one of them. */
    private static void awaitMarkedSent(String recipient, int count) throws SQLException {
        awaitAtLeast(count, "SELECT COUNT(*) FROM OUTGOING_MAIL WHERE RECIPIENT = ? AND SENTAT IS NOT NULL", recipient);
    }

    /** Waits (up to 2 minutes) until the query counts at least {@code count}. */
    private static void awaitAtLeast(long count, String query, String... parameters) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (count(query, parameters) < count) {
            assertThat(Instant.now()).as("%d counted by %s", count, query).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
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
