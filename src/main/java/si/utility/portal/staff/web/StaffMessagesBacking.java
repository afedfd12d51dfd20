package si.utility.portal.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import si.utility.portal.contact.domain.ContactMessageStatus;
import si.utility.portal.contact.service.ContactInbox;
import si.utility.portal.contact.service.InboxMessage;

/**
 * staff/messages.xhtml: the "Stik z nami" inbox of one status (new by default), newest first, a page at a time;
 * the status and page come from the URL (?status=IN_PROGRESS&amp;page=2), so every view can be bookmarked.
 */
@Named
@RequestScoped
public class StaffMessagesBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    ContactInbox inbox;

    private String status;
    private int page = 1;
    private List<InboxMessage> messages;
    private Long total;

    public ContactMessageStatus getSelectedStatus() {
        for (ContactMessageStatus candidate : ContactMessageStatus.values()) {
            if (candidate.name().equals(status)) {
                return candidate;
            }
        }
        return ContactMessageStatus.RECEIVED;
    }

    public ContactMessageStatus[] getStatuses() {
        return ContactMessageStatus.values();
    }

    public List<InboxMessage> getMessages() {
        if (messages == null) {
            messages = inbox.page(getSelectedStatus(), Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return messages;
    }

    public long getTotal() {
        if (total == null) {
            total = inbox.count(getSelectedStatus());
        }
        return total;
    }

    public int getPageCount() {
        return Pager.pageCount(getTotal(), PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return getPage() > 1;
    }

    public boolean isHasNext() {
        return getPage() < getPageCount();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** A page number out of range (or not a number, which Faces refuses before) shows the nearest page. */
    public int getPage() {
        return Pager.clamp(page);
    }

    public void setPage(int page) {
        this.page = page;
    }
}
