package si.utility.portal.contact.service;

import java.time.LocalDateTime;
import si.utility.portal.contact.domain.ContactMessageStatus;

/** One row of "Vaša sporočila": long texts show a preview, and the whole text on request. */
public record SentMessage(LocalDateTime submittedAt, String body, ContactMessageStatus status) {

    static final int PREVIEW_LENGTH = 120;

    public boolean shortened() {
        return body.length() > PREVIEW_LENGTH;
    }

    public String preview() {
        return shortened() ? body.substring(0, PREVIEW_LENGTH).stripTrailing() + " …" : body;
    }
}
