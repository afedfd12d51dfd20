package si.utility.portal.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Stanje odprtih postavk: what the payer owes in total, and how much of it is past its due date. */
public record OpenBalance(BigDecimal total, BigDecimal overdue, LocalDate earliestDueDate) {

    public static OpenBalance of(List<OpenItem> items, LocalDate today) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal overdue = BigDecimal.ZERO.setScale(2);
        for (OpenItem item : items) {
            total = total.add(item.getOpenAmount());
            if (item.isOverdue(today)) {
                overdue = overdue.add(item.getOpenAmount());
            }
        }
        LocalDate earliest = items.stream().filter(item -> item.getOpenAmount().signum() > 0)
                .map(OpenItem::getDueDate).min(Comparator.naturalOrder()).orElse(null);
        return new OpenBalance(total, overdue, earliest);
    }

    public boolean isPayable() {
        return total.signum() > 0;
    }

    public boolean hasOverdue() {
        return overdue.signum() > 0;
    }

    /** Paying the whole balance: at once when part of it is overdue, otherwise by the first due date. */
    public LocalDate paymentDeadline(LocalDate today) {
        return hasOverdue() || earliestDueDate == null ? today : earliestDueDate;
    }
}
