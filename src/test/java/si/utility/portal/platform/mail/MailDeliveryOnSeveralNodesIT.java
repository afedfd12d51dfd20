package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.platform.retention.RetentionJob;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestClock;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/**
 * The outbox on the real server with more than one poller: the portal's own dispatcher and two more, as on
 * three nodes sharing one database, all after the same messages. GreenMail must receive each message once.
 */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryOnSeveralNodesIT {

    private static final int MESSAGES = 30;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(OutboxProbe.class, OutboxProbe.Row.class);
    }

    @Inject
    MailDelivery delivery;

    @Inject
    OutboxProbe outbox;

    @Inject
    RetentionJob retention;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threePollersDeliverEachMessageExactlyOnce() throws Exception {
        String recipient = "several-nodes-" + UUID.randomUUID() + "@example.com";
        List<String> subjects = IntStream.range(0, MESSAGES).mapToObj(i -> "Sporočilo " + i).toList();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch enqueued = new CountDownLatch(1);
        List<Future<Integer>> pollers = new ArrayList<>();
        for (String poller : List.of("test-node-a", "test-node-b")) {
            pollers.add(executor.submit(pollUntilDelivered(poller, recipient, enqueued)));
        }

        // The portal's dispatcher starts on these as soon as they are committed, and so do the two test pollers.
        outbox.enqueue(subjects.stream().map(subject -> new MailMessage(recipient, subject, "Besedilo")).toList());
        enqueued.countDown();
        for (Future<Integer> poller : pollers) {
            poller.get();
        }

        List<ReceivedMail> received = TestMailbox.read(recipient);
        assertThat(received).extracting(ReceivedMail::subject).containsExactlyInAnyOrderElementsOf(subjects);
    }

    @Test
    void aSentMessageKeepsNoBodyAndIsDeletedAfterTheRetentionTime() {
        String recipient = "purged-" + UUID.randomUUID() + "@example.com";
        String token = UUID.randomUUID().toString();
        String link = "https://portal.example/account/activate?token=" + token;
        outbox.enqueue(List.of(new MailMessage(recipient, "Aktivacija", "Povezava: " + link,
                "<p><a href=\"" + link + "\">Aktiviraj</a></p>")));

        assertThat(TestMailbox.awaitOne(recipient).text()).contains(token);
        List<OutboxProbe.Row> rows = awaitSent(recipient);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.text()).doesNotContain(token);
            assertThat(row.html()).isNull();
        });

        clock.advance(Duration.ofDays(89));
        retention.runAll();
        assertThat(outbox.rowsTo(recipient)).as("kept for 90 days").hasSize(1);
        clock.advance(Duration.ofDays(2));
        retention.runAll();
        assertThat(outbox.rowsTo(recipient)).as("deleted after 90 days").isEmpty();
    }

    /** A poller like the dispatcher's: claims and sends due messages until all of the recipient's are sent. */
    private Callable<Integer> pollUntilDelivered(String poller, String recipient, CountDownLatch enqueued) {
        return () -> {
            enqueued.await();
            int sent = 0;
            Instant deadline = Instant.now().plusSeconds(60);
            while (!allSent(recipient)) {
                assertThat(Instant.now()).as("all sent within 60 s").isBefore(deadline);
                for (long id : delivery.dueIds(MailDispatcher.BATCH_SIZE)) {
                    if (delivery.claim(id, poller)) {
                        delivery.deliver(id, poller);
                        sent++;
                    }
                }
            }
            return sent;
        };
    }

    private boolean allSent(String recipient) {
        List<OutboxProbe.Row> rows = outbox.rowsTo(recipient);
        return rows.size() == MESSAGES && rows.stream().allMatch(OutboxProbe.Row::sent);
    }

    private List<OutboxProbe.Row> awaitSent(String recipient) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<OutboxProbe.Row> rows = outbox.rowsTo(recipient);
        while (!rows.stream().allMatch(OutboxProbe.Row::sent)) {
            assertThat(Instant.now()).as("sent within 30 s").isBefore(deadline);
            rows = outbox.rowsTo(recipient);
        }
        return rows;
    }
}
