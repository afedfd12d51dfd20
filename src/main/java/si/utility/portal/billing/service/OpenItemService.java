package si.utility.portal.billing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.OpenBalance;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.platform.config.CompanyDetails;

/**
 * Odprte postavke: what the payer still owes, item by item, with UPN QR codes to pay each item or the whole
 * balance. Every method takes the payer's id from {@code SignedInCustomer.payerId()}.
 */
@ApplicationScoped
public class OpenItemService {

    /** ISO 20022 "other": the standard's code for a payment without a more specific purpose. */
    static final String PURPOSE_CODE = "OTHR";

    private static final Logger LOG = Logger.getLogger(OpenItemService.class.getName());
    /**
     * What the aggregate's CASE gives for items that do not count: a typed date, as PostgreSQL refuses a CASE
     * whose ELSE NULL EclipseLink binds as text.
     */
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CompanyDetails company;

    /**
     * Every open item, credits (overpayments, credit notes: negative amounts) included, so the balance nets them.
     * Only what is owed gets a payment code: a credit item none, and a balance of zero or less none either.
     */
    public OpenItemsOverview overview(long payerId) {
        LocalDate today = LocalDate.now(clock);
        Payer payer = em.find(Payer.class, payerId);
        List<OpenItem> items = em.createQuery("""
                        SELECT o FROM OpenItem o LEFT JOIN FETCH o.invoice
                        WHERE o.payer.id = :payerId AND o.openAmount <> 0
                        ORDER BY o.dueDate, o.documentNumber""", OpenItem.class)
                .setParameter("payerId", payerId)
                .getResultList();
        PaymentRecipient recipient = PaymentRecipient.of(company);
        UpnQrPayload.Party payerParty = party(payer);
        List<OpenItemRow> rows = items.stream().map(item -> {
            String reference = item.getInvoice() == null ? PaymentReference.NONE.printed()
                    : item.getInvoice().getPaymentReference();
            UpnQrPayload payment = item.getOpenAmount().signum() > 0
                    ? payment(payerParty, item.getOpenAmount(), item.getDocumentNumber(), item.getDueDate(),
                            reference, recipient).orElse(null)
                    : null;
            return new OpenItemRow(item.getDocumentNumber(), item.getIssueDate(), item.getDueDate(),
                    item.getOriginalAmount(), item.getOpenAmount(), item.daysOverdue(today), item.isPartiallyPaid(),
                    reference, payment, item.getInvoice() == null ? null : item.getInvoice().getInvoiceNumber());
        }).toList();
        OpenBalance balance = OpenBalance.of(items, today);
        return new OpenItemsOverview(rows, balance, balancePayment(payer, balance, today, recipient));
    }

    /**
     * Za plačilo, the overview's card: the balance, its overdue part, the next due date still ahead and the code
     * that pays it all, from one aggregate query however many items the payer has.
     */
    public AmountDue amountDue(long payerId) {
        LocalDate today = LocalDate.now(clock);
        Object[] sums = em.createQuery("""
                        SELECT SUM(o.openAmount),
                               SUM(CASE WHEN o.openAmount > 0 AND o.dueDate < :today THEN o.openAmount ELSE 0 END),
                               MIN(CASE WHEN o.openAmount > 0 THEN o.dueDate ELSE :never END),
                               MIN(CASE WHEN o.openAmount > 0 AND o.dueDate >= :today THEN o.dueDate ELSE :never END)
                        FROM OpenItem o WHERE o.payer.id = :payerId AND o.openAmount <> 0""", Object[].class)
                .setParameter("payerId", payerId)
                .setParameter("today", today)
                .setParameter("never", NEVER)
                .getSingleResult();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        OpenBalance balance = OpenBalance.of(sums[0] == null ? zero : scaled(sums[0]),
                sums[1] == null ? zero : scaled(sums[1]), date(sums[2]));
        UpnQrPayload payment = balance.isPayable()
                ? balancePayment(em.find(Payer.class, payerId), balance, today, PaymentRecipient.of(company))
                : null;
        return new AmountDue(balance, date(sums[3]), payment);
    }

    /** Derby sums a CASE over DECIMAL and 0 as DECIMAL of another scale than PostgreSQL does; money has two. */
    private static BigDecimal scaled(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A date computed in SQL (a CASE) bypasses the attribute's mapping: the drivers give a java.sql.Date.
     * {@link #NEVER} (the CASE's "no such item") is none.
     */
    private static LocalDate date(Object value) {
        LocalDate date = value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
        return NEVER.equals(date) ? null : date;
    }

    private static UpnQrPayload balancePayment(Payer payer, OpenBalance balance, LocalDate today,
            PaymentRecipient recipient) {
        return balance.isPayable()
                ? UpnQrPayload.of(party(payer), balance.total(), PURPOSE_CODE,
                        "Plačilo odprtih postavk " + payer.getCode(), balance.paymentDeadline(today), recipient.iban(),
                        balanceReference(payer), recipient.party())
                : null;
    }

    /** The code that pays what is open of one invoice, the same as its open item's; empty when nothing is owed. */
    public Optional<UpnQrPayload> invoicePayment(Invoice invoice, BigDecimal openAmount) {
        if (openAmount.signum() <= 0) {
            return Optional.empty();
        }
        return payment(party(invoice.getPayer()), openAmount, invoice.getInvoiceNumber(), invoice.getDueDate(),
                invoice.getPaymentReference(), PaymentRecipient.of(company));
    }

    /** A stored reference the bank would refuse gives no code: a payment without its reference cannot be matched. */
    private static Optional<UpnQrPayload> payment(UpnQrPayload.Party payer, BigDecimal amount, String document,
            LocalDate deadline, String reference, PaymentRecipient recipient) {
        Optional<PaymentReference> valid = PaymentReference.tryParse(reference);
        if (valid.isEmpty()) {
            LOG.warning(() -> "No UPN QR code for document " + document + ": its payment reference is not valid");
        }
        return valid.map(checked -> UpnQrPayload.of(payer, amount, PURPOSE_CODE, "Plačilo " + document, deadline,
                recipient.iban(), checked, recipient.party()));
    }

    /**
     * Paying the whole balance quotes the payer code (model 00, no check digit), so the utility can match the
     * payment to the payer; a code that is not all digits cannot be a reference, and the purpose still names it.
     */
    static PaymentReference balanceReference(Payer payer) {
        return PaymentReference.tryParse("SI00 " + payer.getCode()).orElse(PaymentReference.NONE);
    }

    private static UpnQrPayload.Party party(Payer payer) {
        String city = ((payer.getPostCode() == null ? "" : payer.getPostCode() + " ")
                + (payer.getCity() == null ? "" : payer.getCity())).strip();
        return new UpnQrPayload.Party(payer.getName(), payer.getStreet(), city);
    }
}
