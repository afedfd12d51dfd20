package si.utility.portal.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Stanje odprtih postavk: what the payer owes in total, net of credits (overpayments and credit notes), and how
 * much of it is past its due date. A total of zero or less is nothing to pay; below zero it is the payer's credit.
 */
public record OpenBalance(BigDecimal total, BigDecimal overdue, LocalDate earliestDueDate) {

    public static OpenBalance of(List<OpenItem> items, LocalDate today) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal overdueDebts = BigDecimal.ZERO.setScale(2);
        for (OpenItem item : items) {
            total = total.add(item.getOpenAmount());
            if (item.isOverdue(today)) {
                overdueDebts = overdueDebts.add(item.getOpenAmount());
            }
        }
        LocalDate earliest = items.stream().filter(item -> item.getOpenAmount().signum() > 0)
                .map(OpenItem::getDueDate).min(Comparator.naturalOrder()).orElse(null);
        return of(total, overdueDebts, earliest);
    }

    /**
     * From sums the database made: all open amounts, the open amounts of the debts past their due date, and the
     * earliest due date of a debt (null when there is none).
     */
    public static OpenBalance of(BigDecimal total, BigDecimal overdueDebts, LocalDate earliestDebtDueDate) {
        // A credit settles the oldest debts first, so what is overdue never exceeds what is owed at all.
        BigDecimal overdue = overdueDebts.min(total.max(BigDecimal.ZERO.setScale(2)));
        return new OpenBalance(total, overdue, earliestDebtDueDate);
    }

    public boolean isPayable() {
        return total.signum() > 0;
    }

    public boolean hasCredit() {
        return total.signum() < 0;
    }

    /** What the utility owes the payer; zero unless the credits exceed the debts. */
    public BigDecimal credit() {
        return hasCredit() ? total.negate() : BigDecimal.ZERO.setScale(2);
    }

    public boolean hasOverdue() {
        return overdue.signum() > 0;
    }

    /** Paying the whole balance: at once when part of it is overdue, otherwise by the first due date. */
    public LocalDate paymentDeadline(LocalDate today) {
        return hasOverdue() || earliestDueDate == null ? today : earliestDueDate;
    }
}
