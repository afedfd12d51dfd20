package si.utility.portal.billing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.OpenBalance;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.billing.domain.Payer;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.platform.config.CompanyDetails;

/**
 * Odprte postavke: what the payer still owes, item by item, with UPN QR codes to pay each item or the whole
 * balance. Every method takes the payer's id from {@code SignedInCustomer.payerId()}.
 */
@ApplicationScoped
public class OpenItemService {

    /** ISO 20022 "other": the standard's code for a payment without a more specific purpose. */
    static final String PURPOSE_CODE = "OTHR";
    /** Model 00 carries a reference without a check digit; model 99 means "no reference". */
    static final String NO_REFERENCE = "SI99";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CompanyDetails company;

    public OpenItemsOverview overview(long payerId) {
        LocalDate today = LocalDate.now(clock);
        Payer payer = em.find(Payer.class, payerId);
        List<OpenItem> items = em.createQuery("""
                        SELECT o FROM OpenItem o LEFT JOIN FETCH o.invoice
                        WHERE o.payer.id = :payerId AND o.openAmount > 0
                        ORDER BY o.dueDate, o.documentNumber""", OpenItem.class)
                .setParameter("payerId", payerId)
                .getResultList();
        PaymentRecipient recipient = PaymentRecipient.of(company);
        UpnQrPayload.Party payerParty = party(payer);
        List<OpenItemRow> rows = items.stream().map(item -> {
            String reference = item.getInvoice() == null ? NO_REFERENCE : item.getInvoice().getPaymentReference();
            UpnQrPayload payment = payment(payerParty, item.getOpenAmount(), item.getDocumentNumber(),
                    item.getDueDate(), reference, recipient);
            return new OpenItemRow(item.getDocumentNumber(), item.getIssueDate(), item.getDueDate(),
                    item.getOriginalAmount(), item.getOpenAmount(), item.daysOverdue(today), item.isPartiallyPaid(),
                    reference, payment);
        }).toList();
        OpenBalance balance = OpenBalance.of(items, today);
        UpnQrPayload balancePayment = balance.isPayable()
                ? UpnQrPayload.of(payerParty, balance.total(), PURPOSE_CODE,
                        "Plačilo odprtih postavk " + payer.getCode(), balance.paymentDeadline(today), recipient.iban(),
                        balanceReference(payer), recipient.party())
                : null;
        return new OpenItemsOverview(rows, balance, balancePayment);
    }

    /** The code that pays what is open of one invoice; the same as its open item's. */
    public UpnQrPayload invoicePayment(Invoice invoice, BigDecimal openAmount) {
        return payment(party(invoice.getPayer()), openAmount, invoice.getInvoiceNumber(), invoice.getDueDate(),
                invoice.getPaymentReference(), PaymentRecipient.of(company));
    }

    private static UpnQrPayload payment(UpnQrPayload.Party payer, BigDecimal amount, String document,
            LocalDate deadline, String reference, PaymentRecipient recipient) {
        return UpnQrPayload.of(payer, amount, PURPOSE_CODE, "Plačilo " + document, deadline, recipient.iban(),
                reference, recipient.party());
    }

    /** Paying the whole balance quotes the payer code, so the utility can match the payment to the payer. */
    static String balanceReference(Payer payer) {
        return "SI00 " + payer.getCode();
    }

    private static UpnQrPayload.Party party(Payer payer) {
        String city = ((payer.getPostCode() == null ? "" : payer.getPostCode() + " ")
                + (payer.getCity() == null ? "" : payer.getCity())).strip();
        return new UpnQrPayload.Party(payer.getName(), payer.getStreet(), city);
    }
}
