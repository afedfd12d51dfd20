package si.utility.portal.contact.service;

import java.time.LocalDateTime;
import java.util.List;
import si.utility.portal.contact.domain.ContactMessageStatus;

/** A customer's message as the back office shows it: who sent it, about which payer, and its handling. */
public record InboxMessage(long id, LocalDateTime submittedAt, String payerCode, String payerName,
        String senderName, String senderEmail, String body, ContactMessageStatus status, String assignedTo,
        List<SentMessage.Reply> replies) {

    public String preview() {
        return SentMessage.previewOf(body);
    }
}
