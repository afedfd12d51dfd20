package si.utility.portal.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.contact.domain.ContactForm;
import si.utility.portal.contact.domain.ContactMessageStatus;
import si.utility.portal.contact.service.ContactService.Outcome;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.validation.Violations.Violation;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestClock;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/** "Stik z nami" against the real server: stored, mailed to the utility, sent once, limited per account. */
@ExtendWith(ArquillianExtension.class)
class ContactServiceIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";
    /** portal.contact.mailbox's default. */
    private static final String UTILITY = "portal@kp-velenje.si";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ContactService contact;

    @Inject
    ContactSettings settings;

    @Inject
    TestData testData;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMessageIsStoredAndMailedToTheUtilityWithWhatStaffNeedAndMarkupStaysText() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 3);
        String body = "Kdaj pride monter?\r\nBcc: vsi@example.si\n<b>nujno</b> " + me.payerCode();

        Outcome outcome = contact.send(me.accountId(), form("Janez\r\nBcc: vsi@example.si", body));

        assertThat(outcome).isEqualTo(Outcome.SENT);
        assertThat(contact.history(me.accountId())).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo(body.strip());
            assertThat(m.status()).isEqualTo(ContactMessageStatus.RECEIVED);
        });
        ReceivedMail mail = TestMailbox.awaitMatching(UTILITY, m -> m.subject().contains(me.payerCode()));
        assertThat(mail.text()).contains(me.payerCode(), me.email(), me.pointCode(), me.unmeteredPointCode(),
                "<b>nujno</b>", "Kdaj pride monter?");
        assertThat(mail.html()).contains("&lt;b&gt;nujno&lt;/b&gt;").doesNotContain("<b>nujno");
        assertThat(TestMailbox.read("vsi@example.si")).as("nothing the customer typed becomes a header").isEmpty();
    }

    @Test
    void theSameFormSentTwiceStoresAndMailsOneMessage() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 3);
        ContactForm form = form("Janez Novak", "Dvojni klik " + me.payerCode());

        assertThat(contact.send(me.accountId(), form)).isEqualTo(Outcome.SENT);
        assertThat(contact.send(me.accountId(), form)).isEqualTo(Outcome.ALREADY_SENT);

        assertThat(contact.history(me.accountId())).hasSize(1);
        TestMailbox.awaitMatching(UTILITY, m -> m.subject().contains(me.payerCode()));
        assertThat(TestMailbox.read(UTILITY).stream().filter(m -> m.subject().contains(me.payerCode())))
                .hasSize(1);
    }

    @Test
    void aDoubleClickArrivingTwiceAtOnceStoresOneMessage() throws Exception {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 3);
        ContactForm form = form("Janez Novak", "Hkrati " + me.payerCode());
        // The server's own threads, so the service runs as it does for two requests.
        ExecutorService threads = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Outcome> first = threads.submit(() -> awaitThenSend(start, me.accountId(), form));
            Future<Outcome> second = threads.submit(() -> awaitThenSend(start, me.accountId(), form));
            start.countDown();
            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(Outcome.SENT, Outcome.ALREADY_SENT);
        } finally {
            start.countDown();
        }
        assertThat(contact.history(me.accountId())).hasSize(1);
    }

    private Outcome awaitThenSend(CountDownLatch start, long accountId, ContactForm form) throws Exception {
        start.await();
        return contact.send(accountId, form);
    }

    @Test
    void anAccountCannotFloodTheUtilityButMaySendAgainOnceTheWindowHasPassed() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 3);
        MeteredCustomer other = testData.newMeteredCustomer(PASSWORD, 3);
        int limit = settings.floodLimit().messages();

        for (int i = 0; i < limit; i++) {
            assertThat(contact.send(me.accountId(), form("Janez", "Sporočilo " + i))).isEqualTo(Outcome.SENT);
        }
        assertThat(contact.send(me.accountId(), form("Janez", "Eno preveč"))).isEqualTo(Outcome.LIMIT_REACHED);
        assertThat(contact.history(me.accountId())).hasSize(limit);
        assertThat(contact.send(other.accountId(), form("Ana", "Drug račun"))).as("the limit is per account")
                .isEqualTo(Outcome.SENT);

        clock.advance(settings.floodLimit().window().plus(Duration.ofMinutes(1)));
        assertThat(contact.send(me.accountId(), form("Janez", "Naslednji dan"))).isEqualTo(Outcome.SENT);
    }

    @Test
    void anOverLongOrEmptyMessageStoresNothing() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 3);

        ValidationFailedException tooLong = catchThrowableOfType(ValidationFailedException.class,
                () -> contact.send(me.accountId(), form("Janez", "x".repeat(5000))));
        ValidationFailedException empty = catchThrowableOfType(ValidationFailedException.class,
                () -> contact.send(me.accountId(), form("Janez", "   ")));

        assertThat(tooLong.violations().asList()).containsExactly(new Violation("body", "contact.bodyTooLong"));
        assertThat(empty.violations().asList()).containsExactly(new Violation("body", "contact.bodyRequired"));
        assertThat(contact.history(me.accountId())).isEmpty();
    }

    private static ContactForm form(String name, String body) {
        return new ContactForm(name, "janez.novak@example.si", body, UUID.randomUUID().toString());
    }
}
