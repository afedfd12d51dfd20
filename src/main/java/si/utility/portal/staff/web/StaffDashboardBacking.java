package si.utility.portal.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.contact.domain.ContactMessageStatus;
import si.utility.portal.consumption.service.ReadingReview;
import si.utility.portal.contact.service.ContactInbox;

/** staff/index.xhtml: what waits for the clerks. */
@Named
@RequestScoped
public class StaffDashboardBacking {

    @Inject
    ContactInbox inbox;

    @Inject
    ReadingReview review;

    private Long newMessages;
    private Long messagesInProgress;
    private Long readingsInReview;

    public long getNewMessages() {
        if (newMessages == null) {
            newMessages = inbox.count(ContactMessageStatus.RECEIVED);
        }
        return newMessages;
    }

    public long getMessagesInProgress() {
        if (messagesInProgress == null) {
            messagesInProgress = inbox.count(ContactMessageStatus.IN_PROGRESS);
        }
        return messagesInProgress;
    }

    public long getReadingsInReview() {
        if (readingsInReview == null) {
            readingsInReview = review.count();
        }
        return readingsInReview;
    }
}
