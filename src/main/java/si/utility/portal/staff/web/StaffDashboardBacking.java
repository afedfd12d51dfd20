package si.utility.portal.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.service.AccountEvents;
import si.utility.portal.consumption.service.ReadingReview;
import si.utility.portal.contact.domain.ContactMessageStatus;
import si.utility.portal.contact.service.ContactInbox;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.integration.importing.service.BatchRecords.BatchSummary;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.time.ClockProducer;

/** staff/index.xhtml: what waits for the clerks, this month's accounts, the mail and the last import. */
@Named
@RequestScoped
public class StaffDashboardBacking {

    @Inject
    ContactInbox inbox;

    @Inject
    ReadingReview review;

    @Inject
    AccountEvents accountEvents;

    @Inject
    MailOutbox outbox;

    @Inject
    BatchRecords batches;

    @Inject
    Clock clock;

    private Optional<BatchSummary> lastImport;

    public long getNewMessages() {
        return inbox.count(ContactMessageStatus.RECEIVED);
    }

    public long getMessagesInProgress() {
        return inbox.count(ContactMessageStatus.IN_PROGRESS);
    }

    public long getReadingsInReview() {
        return review.count();
    }

    public long getRegisteredThisMonth() {
        return accountEvents.countSince(AccountEventType.REGISTERED, startOfMonth());
    }

    public long getActivatedThisMonth() {
        return accountEvents.countSince(AccountEventType.ACTIVATED, startOfMonth());
    }

    public long getMailsRetrying() {
        return outbox.countRetrying();
    }

    public long getMailsGivenUp() {
        return outbox.countGivenUp();
    }

    public BatchSummary getLastImport() {
        return lastImport().orElse(null);
    }

    public LocalDateTime getLastImportReceived() {
        return lastImport().map(b -> LocalDateTime.ofInstant(b.receivedAt(), ClockProducer.ZONE)).orElse(null);
    }

    private Optional<BatchSummary> lastImport() {
        if (lastImport == null) {
            lastImport = batches.latest();
        }
        return lastImport;
    }

    private Instant startOfMonth() {
        return LocalDate.now(clock).withDayOfMonth(1).atStartOfDay(ClockProducer.ZONE).toInstant();
    }
}
