package si.utility.portal.billing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import si.utility.portal.billing.domain.UpnQrPayload;

/**
 * One open item as the customer sees it, with the UPN QR code that pays it (none for a credit) and the number of
 * the invoice it comes from (null for an item that is no invoice, such as an overpayment), which it links to.
 */
public record OpenItemRow(String documentNumber, LocalDate issueDate, LocalDate dueDate, BigDecimal originalAmount,
        BigDecimal openAmount, long daysOverdue, boolean partiallyPaid, String paymentReference,
        UpnQrPayload payment, String invoiceNumber) {

    public boolean isOverdue() {
        return daysOverdue > 0;
    }

    public boolean isCredit() {
        return openAmount.signum() < 0;
    }
}
