package si.utility.portal.contact.service;

import java.time.LocalDateTime;
import java.util.List;
import si.utility.portal.contact.domain.ContactMessageStatus;

/**
 * One row of "Vaša sporočila": long texts show a preview, and the whole text on request; the utility's replies
 * follow it.
 */
public record SentMessage(LocalDateTime submittedAt, String body, ContactMessageStatus status, List<Reply> replies) {

    static final int PREVIEW_LENGTH = 120;

    /** The utility's answer: when, by whom (the clerk's name) and what. */
    public record Reply(LocalDateTime sentAt, String staffName, String body) {
    }

    public boolean shortened() {
        return body.length() > PREVIEW_LENGTH;
    }

    public String preview() {
        return previewOf(body);
    }

    static String previewOf(String body) {
        return body.length() > PREVIEW_LENGTH ? body.substring(0, PREVIEW_LENGTH).stripTrailing() + " …" : body;
    }
}
