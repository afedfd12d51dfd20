package si.utility.portal.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.PointOccupancy;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.InvoicedPayer;

/**
 * The page-speed benchmark's customers: an account for a demo payer, and the issue's larger payer (10 points,
 * 9 of them metered with 20 years of monthly readings, 240 invoices, 30 open items).
 */
@ApplicationScoped
public class PageSpeedData {

    static final int YEARS = 20;
    static final int POINTS = 10;
    static final int OPEN_ITEMS = 30;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TestData testData;

    @Inject
    PasswordHasher hasher;

    @Inject
    ConsentService consents;

    @Inject
    Clock clock;

    /** The payer's customer, what the benchmark's pages need: a metered point and an invoice. */
    public record Customer(String payerCode, String pointCode, String invoiceNumber) {
    }

    /** An active account that has consented, for a payer of the demo batch. */
    @Transactional
    public Customer demoAccount(String payerCode, String password) {
        Payer payer = em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class).setParameter("code", payerCode)
                .getSingleResult();
        PortalAccount account = new PortalAccount(payer, "benchmark" + payerCode + "@test.example",
                hasher.hash(password), Locale.forLanguageTag("sl"), clock.instant());
        account.activate(clock.instant());
        em.persist(account);
        em.flush();
        consents.accept(account.getId());
        String point = em.createQuery("""
                        SELECT m.consumptionPoint.code FROM Meter m, PointOccupancy o
                        WHERE o.consumptionPoint = m.consumptionPoint AND o.payer = :payer
                        ORDER BY m.consumptionPoint.code""", String.class)
                .setParameter("payer", payer).setMaxResults(1).getSingleResult();
        String invoice = em.createQuery(
                "SELECT i.invoiceNumber FROM Invoice i WHERE i.payer = :payer ORDER BY i.issueDate DESC", String.class)
                .setParameter("payer", payer).setMaxResults(1).getSingleResult();
        return new Customer(payerCode, point, invoice);
    }

    @Transactional
    public Customer largeAccount(String password) {
        InvoicedPayer invoiced = testData.newInvoicedAccount(YEARS * 12, password);
        Payer payer = em.find(Payer.class, invoiced.payerId());
        List<UtilityService> water = em.createQuery("SELECT s FROM UtilityService s WHERE s.code = 'VODA'",
                UtilityService.class).getResultList();
        ConsumptionPoint first = em.find(ConsumptionPoint.class, invoiced.firstPointId());
        meterWithHistory(first, 0);
        for (int i = 2; i < POINTS; i++) {
            ConsumptionPoint point = new ConsumptionPoint("TX" + i + "-" + invoiced.payerCode(),
                    "Šaleška cesta " + i, "3320", "Velenje", true, water);
            em.persist(point);
            em.persist(new PointOccupancy(point, payer, PointOccupancy.SINCE_EVER, null));
            meterWithHistory(point, i);
        }
        List<Invoice> older = em.createQuery("""
                        SELECT i FROM Invoice i WHERE i.payer = :payer
                        AND i.invoiceNumber NOT IN (:overdue, :notDue) ORDER BY i.issueDate DESC""", Invoice.class)
                .setParameter("payer", payer)
                .setParameter("overdue", invoiced.overdueNumber())
                .setParameter("notDue", invoiced.notDueNumber())
                .setMaxResults(OPEN_ITEMS - 2)
                .getResultList();
        for (Invoice invoice : older) {
            em.persist(new OpenItem(payer, invoice, invoice.getInvoiceNumber(), invoice.getIssueDate(),
                    invoice.getDueDate(), invoice.getGrossAmount(), invoice.getGrossAmount()));
        }
        em.flush();
        return new Customer(invoiced.payerCode(), first.getCode(), invoiced.invoiceNumbers().get(0));
    }

    /** A cold water meter read at the end of each of the last {@value #YEARS} years' months. */
    private void meterWithHistory(ConsumptionPoint point, int index) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = last.minusYears(YEARS).plusMonths(1);
        Meter meter = new Meter("B" + index + "-" + point.getCode(), point, Medium.COLD_WATER, 6, 3,
                first.atEndOfMonth().minusDays(3), last.atEndOfMonth().plusYears(5));
        em.persist(meter);
        BigDecimal value = new BigDecimal("100.000");
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            em.persist(new MeterReading(meter, month.atEndOfMonth(), value, ReadingSource.UTILITY,
                    ReadingStatus.ACCEPTED, month.atEndOfMonth().atStartOfDay(ClockProducer.ZONE).toInstant(), null));
            value = value.add(new BigDecimal("9.250"));
        }
    }
}
