package si.utility.portal.platform.audit;

import java.time.LocalDate;

/**
 * What the audit search looks for; every part may be empty. Days are Ljubljana's calendar days, both included.
 *
 * @param actor exactly as stored: {@code staff:3}, {@code customer:42}, {@code anonymous}
 */
public record AuditFilter(LocalDate from, LocalDate to, AuditAction action, String actor, Long payerId) {
}
