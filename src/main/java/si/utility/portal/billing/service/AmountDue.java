package si.utility.portal.billing.service;

import java.time.LocalDate;
import si.utility.portal.billing.domain.OpenBalance;
import si.utility.portal.billing.domain.UpnQrPayload;

/**
 * Za plačilo: the balance with its overdue part, the nearest due date not yet passed (null when no debt is still
 * ahead) and, while something is owed, the UPN QR payment of the whole balance.
 */
public record AmountDue(OpenBalance balance, LocalDate nextDueDate, UpnQrPayload balancePayment) {
}
