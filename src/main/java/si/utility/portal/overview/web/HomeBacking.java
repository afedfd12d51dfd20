package si.utility.portal.overview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.billing.service.AmountDue;
import si.utility.portal.billing.service.InvoiceRow;
import si.utility.portal.billing.service.InvoiceService;
import si.utility.portal.billing.service.OpenItemService;
import si.utility.portal.billing.web.QrImages;
import si.utility.portal.consumption.service.PointOverviewService;
import si.utility.portal.consumption.service.PointOverviewService.PointCard;
import si.utility.portal.contact.service.ContactService;
import si.utility.portal.contact.service.SentMessage;
import si.utility.portal.platform.web.FormMessages;

/**
 * index.xhtml, Vstopna stran: one card per question (what do I owe, what did I use, what came last, what did I
 * write), each from its feature's service, each read once per request.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** How many invoices "Zadnji računi" shows. */
    static final int NEWEST_INVOICES = 3;

    @Inject
    QrImages qrImages;

    @Inject
    SignedInCustomer customer;

    @Inject
    OpenItemService openItems;

    @Inject
    InvoiceService invoices;

    @Inject
    PointOverviewService pointOverview;

    @Inject
    ContactService contact;

    private AmountDue amountDue;
    private List<PointCard> points;
    private List<InvoiceRow> newestInvoices;
    private Optional<SentMessage> newestMessage;

    public AmountDue getAmountDue() {
        if (amountDue == null) {
            amountDue = openItems.amountDue(customer.payerId());
        }
        return amountDue;
    }

    public String getBalanceQr() {
        return qrImages.dataUri(getAmountDue().balancePayment());
    }

    public List<PointCard> getPoints() {
        if (points == null) {
            points = pointOverview.cards(customer.payerId());
        }
        return points;
    }

    public List<InvoiceRow> getNewestInvoices() {
        if (newestInvoices == null) {
            newestInvoices = invoices.newest(customer.payerId(), NEWEST_INVOICES);
        }
        return newestInvoices;
    }

    /** The newest message, or null when the account wrote none. */
    public SentMessage getNewestMessage() {
        if (newestMessage == null) {
            newestMessage = contact.newest(customer.accountId());
        }
        return newestMessage.orElse(null);
    }

    /** The button's name for a screen reader, which may list every "Vnesi stanje" of the page out of context. */
    public String enterReadingLabel(String pointCode) {
        return FormMessages.text("home.point.enterReadingFor", pointCode);
    }

    public String pdfLabel(String invoiceNumber) {
        return FormMessages.text("home.invoices.pdfOf", invoiceNumber);
    }


    /** A date in the page's pattern, for texts that take it as a parameter. */
    public String formatDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(FormMessages.text("common.datePattern"),
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(date);
    }
}
