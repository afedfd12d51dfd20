package si.utility.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.contact.domain.ContactMessage;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.PointOccupancy;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.testsupport.TestData.InvoicedPayer;

/**
 * The landing page's fixture: an {@link TestData#newInvoicedAccount invoiced customer} whose first point ("TA-")
 * also has a cold water meter read at each month's end for {@value #READ_MONTHS} months (10 m3 a month, from
 * 100.000), and one contact message. {@link #addMore} adds rows of every kind the page reads, to show that its
 * queries do not grow with them.
 */
@ApplicationScoped
public class OverviewData {

    static final int READ_MONTHS = 26;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TestData testData;

    @Inject
    Clock clock;

    /** What the overview must show, as the database holds it. */
    public record OverviewCustomer(String payerCode, BigDecimal openTotal, BigDecimal overdue, LocalDate nextDue,
            List<String> newestNumbers, List<BigDecimal> newestGross, String meteredPoint, String unmeteredPoint,
            BigDecimal lastReading, LocalDate lastReadingDate, String message) {
    }

    @Transactional
    public OverviewCustomer newOverviewCustomer(String password) {
        InvoicedPayer payer = testData.newInvoicedAccount(4, password);
        ConsumptionPoint metered = em.find(ConsumptionPoint.class, payer.firstPointId());
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = last.minusMonths(READ_MONTHS - 1);
        Meter meter = new Meter("O-" + payer.payerCode(), metered, Medium.COLD_WATER, 5, 3,
                first.atEndOfMonth().minusDays(3), first.atEndOfMonth().plusYears(10));
        em.persist(meter);
        BigDecimal value = new BigDecimal("100.000");
        BigDecimal lastValue = value;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            reading(meter, month.atEndOfMonth(), value);
            lastValue = value;
            value = value.add(BigDecimal.TEN);
        }
        PortalAccount account = testData.accountOf(payer.payerCode()).orElseThrow();
        String body = "Sporočilo za pregled " + payer.payerCode();
        message(account, body);
        List<String> newest = payer.invoiceNumbers().subList(0, 3);
        List<BigDecimal> gross = newest.stream().map(number -> em.createQuery(
                "SELECT i.grossAmount FROM Invoice i WHERE i.invoiceNumber = :number", BigDecimal.class)
                .setParameter("number", number).getSingleResult()).toList();
        List<OpenItem> items = em.createQuery("SELECT o FROM OpenItem o WHERE o.payer.id = :payer", OpenItem.class)
                .setParameter("payer", payer.payerId()).getResultList();
        LocalDate today = LocalDate.now(clock);
        BigDecimal total = items.stream().map(OpenItem::getOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overdue = items.stream().filter(item -> item.isOverdue(today)).map(OpenItem::getOpenAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate nextDue = items.stream().map(OpenItem::getDueDate).filter(due -> !due.isBefore(today)).min(
                LocalDate::compareTo).orElseThrow();
        return new OverviewCustomer(payer.payerCode(), total, overdue, nextDue, newest, gross, metered.getCode(),
                em.find(ConsumptionPoint.class, payer.secondPointId()).getCode(), lastValue, last.atEndOfMonth(),
                body);
    }

    /**
     * Ten more old invoices with open items (paid in part, so the balance changes but not the newest three), ten
     * more readings of the meter before its first, three more messages (older than the newest), a third point
     * (not metered, with the first point's services) and a second meter of the same medium at the first point.
     */
    @Transactional
    public void addMore(String payerCode) {
        Payer payer = em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class).setParameter("code", payerCode)
                .getSingleResult();
        Meter meter = em.createQuery("SELECT m FROM Meter m WHERE m.serialNumber = :serial", Meter.class)
                .setParameter("serial", "O-" + payerCode).getSingleResult();
        LocalDate firstReading = em.createQuery("SELECT MIN(r.readingDate) FROM MeterReading r WHERE r.meter = :m",
                LocalDate.class).setParameter("m", meter).getSingleResult();
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= 10; i++) {
            LocalDate issued = today.minusYears(3).minusMonths(i);
            String number = payerCode + "9" + i;
            Invoice invoice = new Invoice(number, payer, null, issued, issued.plusDays(14), issued.withDayOfMonth(1),
                    issued.withDayOfMonth(issued.lengthOfMonth()), PaymentReference.ofInvoice(payerCode, number));
            em.persist(invoice);
            em.persist(new OpenItem(payer, invoice, number, issued, issued.plusDays(14), new BigDecimal("10.00"),
                    new BigDecimal("1.00")));
            reading(meter, firstReading.minusDays(i), new BigDecimal("0.001").multiply(BigDecimal.valueOf(11 - i)));
        }
        ConsumptionPoint third = new ConsumptionPoint("TC-" + payerCode, "Prešernova 3", "3320", "Velenje", false,
                meter.getConsumptionPoint().getServices());
        em.persist(third);
        em.persist(new PointOccupancy(third, payer, PointOccupancy.SINCE_EVER, null));
        em.persist(new Meter("O2-" + payerCode, meter.getConsumptionPoint(), Medium.COLD_WATER, 5, 3,
                today.minusMonths(2), today.plusYears(5)));
        PortalAccount account = em.createQuery("SELECT a FROM PortalAccount a WHERE a.payer = :payer",
                PortalAccount.class).setParameter("payer", payer).getSingleResult();
        for (int i = 0; i < 3; i++) {
            ContactMessage older = new ContactMessage(payer, account.getId(), "Test", account.getEmail(),
                    "Starejše sporočilo " + i, clock.instant().minusSeconds(86_400L * (i + 2)),
                    UUID.randomUUID().toString());
            em.persist(older);
        }
    }

    private void reading(Meter meter, LocalDate date, BigDecimal value) {
        em.persist(new MeterReading(meter, date, value, ReadingSource.UTILITY, ReadingStatus.ACCEPTED,
                date.atStartOfDay(ClockProducer.ZONE).toInstant(), null));
    }

    private void message(PortalAccount account, String body) {
        em.persist(new ContactMessage(account.getPayer(), account.getId(), "Test", account.getEmail(), body,
                clock.instant(), UUID.randomUUID().toString()));
    }
}
