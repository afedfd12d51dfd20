package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import si.utility.portal.contact.domain.ContactRules;
import si.utility.portal.contact.service.ContactInbox;
import si.utility.portal.contact.service.InboxMessage;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.service.StaffMember;

/** staff/message.xhtml?id=: one customer message with its replies; the clerk takes it and answers. */
@Named
@ViewScoped
public class StaffMessageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reply";

    @Inject
    ContactInbox inbox;

    @Inject
    SignedInStaff staff;

    private Long id;
    private String reply;
    private transient Optional<InboxMessage> message;

    public InboxMessage getMessage() {
        if (message == null) {
            message = id == null ? Optional.empty() : inbox.find(id);
        }
        return message.orElse(null);
    }

    public void assign() {
        if (getMessage() == null) {
            return;
        }
        StaffMember member = staff.member();
        inbox.assign(id, member.staffId(), member.name(), member.actor());
        message = null;
        FormMessages.globalInfo("staff.messages.assigned");
    }

    public void send() {
        if (getMessage() == null) {
            return;
        }
        StaffMember member = staff.member();
        Violations violations = inbox.reply(id, member.staffId(), member.name(), member.actor(), reply);
        if (!violations.isEmpty()) {
            FormMessages.show(FORM, violations);
            return;
        }
        reply = null;
        message = null;
        FormMessages.globalInfo("staff.messages.replied");
    }

    public int getMaxReplyLength() {
        return ContactRules.MAX_BODY_LENGTH;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
