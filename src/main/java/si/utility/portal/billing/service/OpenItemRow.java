package si.utility.portal.billing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import si.utility.portal.billing.domain.UpnQrPayload;

/** One open item as the customer sees it, with the UPN QR code that pays it (none for a credit). */
public record OpenItemRow(String documentNumber, LocalDate issueDate, LocalDate dueDate, BigDecimal originalAmount,
        BigDecimal openAmount, long daysOverdue, boolean partiallyPaid, String paymentReference,
        UpnQrPayload payment) {

    public boolean isOverdue() {
        return daysOverdue > 0;
    }

    public boolean isCredit() {
        return openAmount.signum() < 0;
    }
}
