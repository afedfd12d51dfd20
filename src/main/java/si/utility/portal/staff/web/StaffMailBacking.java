package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import si.utility.portal.platform.mail.OutboxEntry;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.service.OutboxAdministration;

/** staff/mail.xhtml?page=: the mails that failed, newest first, and "Pošlji znova" for those given up. */
@Named
@ViewScoped
public class StaffMailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    OutboxAdministration outbox;

    @Inject
    SignedInStaff staff;

    private int page = 1;
    private transient List<OutboxEntry> mails;
    private Long total;

    public List<OutboxEntry> getMails() {
        if (mails == null) {
            mails = outbox.failed(Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return mails;
    }

    public void resend(long mailId) {
        if (outbox.resend(staff.member(), mailId)) {
            FormMessages.globalInfo("staff.mail.resent");
        } else {
            FormMessages.globalError("staff.mail.notResendable");
        }
        mails = null;
        total = null;
    }


    public long getTotal() {
        if (total == null) {
            total = outbox.countFailed();
        }
        return total;
    }

    public int getPageCount() {
        return Pager.pageCount(getTotal(), PAGE_SIZE);
    }

    public int getPage() {
        return Pager.clamp(page);
    }

    public void setPage(int page) {
        this.page = page;
    }
}
