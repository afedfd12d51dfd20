package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.mail.OutboxEntry;

/** The outbox as the back office sees it: the mails that failed, and "Pošlji znova" for those given up. */
@ApplicationScoped
public class OutboxAdministration {

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    public List<OutboxEntry> failed(int first, int max) {
        return outbox.failed(first, max);
    }

    public long countFailed() {
        return outbox.countFailed();
    }

    /**
     * Queues a given-up mail again, audited in the same transaction; the dispatcher sends it after the commit.
     *
     * @return false (and no audit row) when it is not given up (any more: sent again meanwhile, deleted) or has no
     *         body left to send
     */
    @Transactional
    public boolean resend(StaffMember clerk, long mailId) {
        if (!outbox.resend(mailId)) {
            return false;
        }
        audit.record(clerk.actor(), AuditAction.MAIL_RESENT, "mail:" + mailId);
        return true;
    }
}
