package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import si.utility.portal.platform.mail.OutboxEntry;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.service.OutboxAdministration;

/** staff/mail.xhtml?page=: the mails that failed, newest first, and "Pošlji znova" for those given up. */
@Named
@ViewScoped
public class StaffMailBacking extends PagedList<OutboxEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxAdministration outbox;

    @Inject
    SignedInStaff staff;

    public List<OutboxEntry> getMails() {
        return rows();
    }

    public void resend(long mailId) {
        if (outbox.resend(staff.member(), mailId)) {
            FormMessages.globalInfo("staff.mail.resent");
        } else {
            FormMessages.globalError("staff.mail.notResendable");
        }
        reload();
    }

    @Override
    protected List<OutboxEntry> read(int first, int max) {
        return outbox.failed(first, max);
    }

    @Override
    protected long count() {
        return outbox.countFailed();
    }
}
