package si.utility.portal.billing.web;

import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.service.InvoiceService;
import si.utility.portal.billing.service.OpenItemService;
import si.utility.portal.billing.service.PaymentRecipient;
import si.utility.portal.platform.config.CompanyDetails;

/** billing/invoice.xhtml: one invoice of the payer with its lines, totals and payment data. */
@Named
@RequestScoped
public class InvoiceBacking {

    @Inject
    SignedInCustomer customer;

    @Inject
    InvoiceService invoices;

    @Inject
    OpenItemService openItems;

    @Inject
    CompanyDetails company;

    @Inject
    QrImages qrImages;

    private String number;
    private Invoice invoice;
    private BigDecimal openAmount;
    private String qrCode;

    /** Another payer's invoice, or none, is "not found": nothing tells whether the number exists. */
    public void load() throws IOException {
        invoice = invoices.findByNumber(customer.payerId(), number).orElse(null);
        if (invoice == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Invoice not found");
            faces.responseComplete();
            return;
        }
        openAmount = invoices.openAmount(customer.payerId(), invoice.getInvoiceNumber());
        qrCode = openItems.invoicePayment(invoice, openAmount).map(qrImages::dataUri).orElse(null);
    }

    public PaymentRecipient getRecipient() {
        return PaymentRecipient.of(company);
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public BigDecimal getOpenAmount() {
        return openAmount;
    }

    public boolean isOpen() {
        return openAmount != null && openAmount.signum() > 0;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
