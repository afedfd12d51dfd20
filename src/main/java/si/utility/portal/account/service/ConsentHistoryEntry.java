package si.utility.portal.account.service;

import java.time.LocalDateTime;
import si.utility.portal.account.domain.ConsentDecision;

/** One decision on the consent text, as "Moj profil" lists it (local time). */
public record ConsentHistoryEntry(int version, ConsentDecision decision, LocalDateTime decidedAt) {
}
