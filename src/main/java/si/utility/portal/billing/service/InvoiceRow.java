package si.utility.portal.billing.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the invoice list: the invoice's header data and what is still open of it. */
public record InvoiceRow(String number, LocalDate issueDate, LocalDate dueDate, LocalDate periodFrom,
        LocalDate periodTo, String consumptionPointCode, BigDecimal netAmount, BigDecimal vatAmount,
        BigDecimal grossAmount, BigDecimal openAmount) implements Serializable {

    /** As the list query constructs it, before the open amounts are looked up. */
    public InvoiceRow(String number, LocalDate issueDate, LocalDate dueDate, LocalDate periodFrom, LocalDate periodTo,
            String consumptionPointCode, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal grossAmount) {
        this(number, issueDate, dueDate, periodFrom, periodTo, consumptionPointCode, netAmount, vatAmount,
                grossAmount, BigDecimal.ZERO.setScale(2));
    }

    public boolean isOpen() {
        return openAmount.signum() > 0;
    }

    InvoiceRow withOpenAmount(BigDecimal open) {
        return new InvoiceRow(number, issueDate, dueDate, periodFrom, periodTo, consumptionPointCode, netAmount,
                vatAmount, grossAmount, open);
    }
}
