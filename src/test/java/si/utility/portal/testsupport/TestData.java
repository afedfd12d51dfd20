package si.utility.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.OutgoingMail;
import si.utility.portal.platform.mail.OutgoingMailSamples;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.PointOccupancy;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.integration.importing.domain.ImportBatch;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;
import si.utility.portal.staff.service.TotpCodes;
import si.utility.portal.platform.time.ClockProducer;

/** Creates a fresh payer for one test, so tests never share accounts or depend on each other's order. */
@ApplicationScoped
public class TestData {

    /** The batch id in {@code src/main/resources/demo/batch/manifest.json}. */
    public static final String DEMO_BATCH_ID = "demo-2026-12-01";


    /** What a customer would read off a paper invoice. */
    public record NewPayer(String payerCode, String invoiceNumber, String name) {

        /** A unique e-mail address for this payer's test account. */
        public String email() {
            return "payer" + payerCode + "@test.example";
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ConsentService consents;

    /** The portal's clock, so fixture dates are the server's dates (Europe/Ljubljana), whatever the JVM's zone. */
    @Inject
    Clock clock;

    /** A payer with a consented account, a metered point with monthly readings and a point without a meter. */
    public record MeteredCustomer(String payerCode, String email, long payerId, long accountId, String pointCode,
            String unmeteredPointCode, long meterId) {
    }

    /** An {@link InvoicedPayer} as the browser tests see it; invoice numbers newest first. */
    public record InvoicedCustomer(String payerCode, String name, String overdueNumber, String notDueNumber,
            List<String> invoiceNumbers) {
    }

    @Transactional
    public NewPayer newPayer() {
        return newPayer("");
    }

    /** A payer whose code starts with {@code prefix} (e.g. letters, as some billing systems' codes have). */
    @Transactional
    public NewPayer newPayer(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = prefix + random.nextLong(10_000_000L, 99_999_999L);
        String invoiceNumber = String.valueOf(random.nextLong(900_000_000L, 999_999_999L));
        String name = "TESTNI PLAČNIK " + code;
        Payer payer = new Payer(code, name, "Testna ulica 1", "3320", "Velenje");
        em.persist(payer);
        ConsumptionPoint point = newPoint("T-" + code, payer, "Testna ulica 1", false, List.of());
        LocalDate issued = LocalDate.now(clock).minusMonths(1);
        em.persist(new Invoice(invoiceNumber, payer, point, issued, issued.plusDays(14), issued.withDayOfMonth(1),
                issued.withDayOfMonth(issued.lengthOfMonth()),
                // A model 12 reference holds digits only: the digits of a code with letters ("KP...").
                PaymentReference.ofInvoice(code.replaceAll("\\D", ""), invoiceNumber)));
        return new NewPayer(code, invoiceNumber, name);
    }

    /** A fresh payer with an activated portal account that has not given consent yet. */
    @Transactional
    public NewPayer newActiveAccount(String password) {
        NewPayer payer = newPayer();
        Payer entity = em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class)
                .setParameter("code", payer.payerCode())
                .getSingleResult();
        PortalAccount account = new PortalAccount(entity, payer.email(), hasher.hash(password), Locale.ENGLISH,
                clock.instant());
        account.activate(clock.instant());
        em.persist(account);
        return payer;
    }

    /**
     * A fresh payer billed monthly for {@code months} months at two consumption points (alternating, the latest
     * invoice covers both), with two open items: the previous invoice overdue, the latest not yet due and half
     * paid. The numbers are newest first.
     */
    public record InvoicedPayer(String payerCode, long payerId, String name, List<String> invoiceNumbers,
            long firstPointId, long secondPointId, String overdueNumber, String notDueNumber) {

        public String email() {
            return "billing" + payerCode + "@test.example";
        }
    }

    @Transactional
    public InvoicedPayer newInvoicedPayer(int months) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = String.valueOf(random.nextLong(10_000_000L, 99_999_999L));
        String name = "TESTNI PLAČNIK ŠČŽ " + code;
        Payer payer = new Payer(code, name, "Koroška cesta 1", "3320", "Velenje");
        em.persist(payer);
        UtilityService water = new UtilityService("TV" + code, "Oskrba s pitno vodo", "m3");
        UtilityService waste = new UtilityService("TK" + code, "Zbiranje komunalnih odpadkov", "kos");
        em.persist(water);
        em.persist(waste);
        ConsumptionPoint first = newPoint("TA-" + code, payer, "Koroška cesta 1", true, List.of(water, waste));
        ConsumptionPoint second = newPoint("TB-" + code, payer, "Šalek 12", false, List.of(waste));
        LocalDate today = LocalDate.now(clock);
        List<Invoice> invoices = new ArrayList<>();
        for (int month = 0; month < months; month++) {
            boolean latest = month == months - 1;
            LocalDate issued = today.minusDays(5).minusMonths(months - 1 - month);
            LocalDate period = issued.minusMonths(1).withDayOfMonth(1);
            String number = code + "%02d".formatted(month);
            Invoice invoice = new Invoice(number, payer, latest ? null : month % 2 == 0 ? first : second, issued,
                    issued.plusDays(14), period, period.withDayOfMonth(period.lengthOfMonth()),
                    PaymentReference.ofInvoice(code, number));
            invoice.addLine(water, BigDecimal.valueOf(8 + month).setScale(3), new BigDecimal("0.8125"),
                    new BigDecimal("9.5"));
            invoice.addLine(waste, BigDecimal.valueOf(2).setScale(3), new BigDecimal("4.3315"), new BigDecimal("9.5"));
            em.persist(invoice);
            invoices.add(invoice);
        }
        Invoice overdue = invoices.get(months - 2);
        Invoice notDue = invoices.get(months - 1);
        em.persist(new OpenItem(payer, overdue, overdue.getInvoiceNumber(), overdue.getIssueDate(),
                overdue.getDueDate(), overdue.getGrossAmount(), overdue.getGrossAmount()));
        em.persist(new OpenItem(payer, notDue, notDue.getInvoiceNumber(), notDue.getIssueDate(), notDue.getDueDate(),
                notDue.getGrossAmount(), notDue.getGrossAmount().divide(BigDecimal.valueOf(2), 2, RoundingMode.UP)));
        em.flush();
        List<String> numbers = new ArrayList<>(invoices.stream().map(Invoice::getInvoiceNumber).toList());
        Collections.reverse(numbers);
        return new InvoicedPayer(code, payer.getId(), name, numbers, first.getId(), second.getId(),
                overdue.getInvoiceNumber(), notDue.getInvoiceNumber());
    }

    /**
     * A credit of the payer not yet used up (an overpayment, due today like a payment just booked): an open item
     * without an invoice and with a negative open amount. Answers its document number.
     */
    @Transactional
    public String addCredit(long payerId, BigDecimal amount) {
        Payer payer = em.find(Payer.class, payerId);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        String number = "PR-" + payer.getCode();
        em.persist(new OpenItem(payer, null, number, today, today, amount.negate(), amount.negate()));
        return number;
    }

    /** Overwrites an invoice's stored reference, as an import from an older billing system might have left it. */
    @Transactional
    public void storeReference(String invoiceNumber, String reference) {
        em.createQuery("UPDATE Invoice i SET i.paymentReference = :reference WHERE i.invoiceNumber = :number")
                .setParameter("reference", reference).setParameter("number", invoiceNumber).executeUpdate();
    }

    /** An invoiced payer ({@link #newInvoicedPayer}) with an active account that has given consent. */
    @Transactional
    public InvoicedPayer newInvoicedAccount(int months, String password) {
        InvoicedPayer invoiced = newInvoicedPayer(months);
        PortalAccount account = new PortalAccount(em.find(Payer.class, invoiced.payerId()), invoiced.email(),
                hasher.hash(password), Locale.forLanguageTag("sl"), clock.instant());
        account.activate(clock.instant());
        em.persist(account);
        em.flush();
        consents.accept(account.getId());
        return invoiced;
    }

    /** The portal account registered for a payer code, as stored. */
    @Transactional
    public Optional<PortalAccount> accountOf(String payerCode) {
        return em.createQuery("SELECT a FROM PortalAccount a WHERE a.payer.code = :code", PortalAccount.class)
                .setParameter("code", payerCode)
                .getResultStream()
                .findFirst();
    }

    /**
     * A fresh payer with an active, consented account; point "M-<code>" has a cold water meter (5 digits, 3
     * decimals) read at the end of each of the last {@code months} months, 10 m3 a month; point "U-<code>" has
     * no meter.
     */
    @Transactional
    public MeteredCustomer newMeteredCustomer(String password, int months) {
        NewPayer payer = newActiveAccount(password, true);
        Payer entity = em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class)
                .setParameter("code", payer.payerCode())
                .getSingleResult();
        PortalAccount account = accountOf(payer.payerCode()).orElseThrow();
        List<UtilityService> water = em.createQuery("SELECT s FROM UtilityService s WHERE s.code = 'VODA'",
                UtilityService.class).getResultList();
        ConsumptionPoint metered = newPoint("M-" + payer.payerCode(), entity, "Vodna ulica 2", true, water);
        ConsumptionPoint unmetered = newPoint("U-" + payer.payerCode(), entity, "Suha ulica 3", false, List.of());
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = last.minusMonths(months);
        Meter meter = new Meter("T-" + payer.payerCode(), metered, Medium.COLD_WATER, 5, 3,
                first.atEndOfMonth().minusDays(3), first.atEndOfMonth().plusYears(50));
        em.persist(meter);
        BigDecimal value = new BigDecimal("100.000");
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            em.persist(new MeterReading(meter, month.atEndOfMonth(), value, ReadingSource.UTILITY,
                    ReadingStatus.ACCEPTED, month.atEndOfMonth().atStartOfDay(ClockProducer.ZONE).toInstant(), null));
            value = value.add(BigDecimal.TEN);
        }
        em.flush();
        return new MeteredCustomer(payer.payerCode(), payer.email(), entity.getId(), account.getId(),
                metered.getCode(), unmetered.getCode(), meter.getId());
    }

    /** One payer of a {@link MovedPoint}: their account and the invoice they got for the point. */
    public record Occupant(String payerCode, String email, long payerId, long accountId, String invoiceNumber) {
    }

    /**
     * A metered point that changed payer: {@code previous} had it until {@code moveOut} (inclusive), {@code next}
     * from the day after; with {@code movedBack}, {@code previous} took it back after {@code backOut} (a month
     * later). A cold water meter is read at the end of every month for the last 8 months; each occupant's use
     * tells whose it is: 10 m3 a month for {@code previous}, 30 for {@code next}. The month-end reading of
     * {@code moveOut} is the move-out reading. Each occupant has an invoice for the point for a month of theirs.
     */
    public record MovedPoint(String pointCode, long meterId, LocalDate moveOut, LocalDate backOut,
            Occupant previous, Occupant next) {
    }

    @Transactional
    public MovedPoint newMovedPoint(String password, boolean movedBack) {
        Occupant previous = occupant(password);
        Occupant next = occupant(password);
        Payer previousPayer = em.find(Payer.class, previous.payerId());
        Payer nextPayer = em.find(Payer.class, next.payerId());
        List<UtilityService> water = em.createQuery("SELECT s FROM UtilityService s WHERE s.code = 'VODA'",
                UtilityService.class).getResultList();
        String code = "MV-" + previous.payerCode();
        ConsumptionPoint point = new ConsumptionPoint(code, "Selitvena ulica 5", "3320", "Velenje", true, water);
        em.persist(point);
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = last.minusMonths(7);
        YearMonth moveOutMonth = first.plusMonths(movedBack ? 3 : 4);
        LocalDate moveOut = moveOutMonth.atEndOfMonth();
        LocalDate backOut = movedBack ? moveOutMonth.plusMonths(1).atEndOfMonth() : null;
        em.persist(new PointOccupancy(point, previousPayer, first.atDay(1), moveOut));
        em.persist(new PointOccupancy(point, nextPayer, moveOut.plusDays(1), backOut));
        if (movedBack) {
            em.persist(new PointOccupancy(point, previousPayer, backOut.plusDays(1), null));
        }
        Meter meter = new Meter("MV-" + previous.payerCode(), point, Medium.COLD_WATER, 5, 3,
                first.atDay(1).minusDays(1), first.atDay(1).plusYears(50));
        em.persist(meter);
        BigDecimal value = new BigDecimal("100.000");
        for (YearMonth month = first.minusMonths(1); !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate day = month.atEndOfMonth();
            boolean nexts = day.isAfter(moveOut) && (backOut == null || !day.isAfter(backOut));
            value = month.equals(first.minusMonths(1)) ? value : value.add(BigDecimal.valueOf(nexts ? 30 : 10));
            em.persist(new MeterReading(meter, day, value, ReadingSource.UTILITY, ReadingStatus.ACCEPTED,
                    day.atStartOfDay(ClockProducer.ZONE).toInstant(), null));
        }
        Occupant previousInvoiced = invoiced(previous, previousPayer, point, moveOutMonth);
        Occupant nextInvoiced = invoiced(next, nextPayer, point, moveOutMonth.plusMonths(1));
        em.flush();
        return new MovedPoint(code, meter.getId(), moveOut, backOut, previousInvoiced, nextInvoiced);
    }

    private Occupant occupant(String password) {
        NewPayer payer = newActiveAccount(password, true);
        PortalAccount account = accountOf(payer.payerCode()).orElseThrow();
        return new Occupant(payer.payerCode(), payer.email(), account.getPayer().getId(), account.getId(), null);
    }

    private Occupant invoiced(Occupant occupant, Payer payer, ConsumptionPoint point, YearMonth month) {
        String number = "8" + occupant.payerCode();
        LocalDate issued = month.plusMonths(1).atDay(5);
        em.persist(new Invoice(number, payer, point, issued, issued.plusDays(14), month.atDay(1), month.atEndOfMonth(),
                PaymentReference.ofInvoice(occupant.payerCode(), number)));
        return new Occupant(occupant.payerCode(), occupant.email(), occupant.payerId(), occupant.accountId(), number);
    }

    /** A reading the account entered through the portal, stored as it is, whoever's day it is. */
    @Transactional
    public void storePortalReading(long meterId, LocalDate day, BigDecimal value, long accountId) {
        em.persist(new MeterReading(em.find(Meter.class, meterId), day, value, ReadingSource.PORTAL,
                ReadingStatus.ACCEPTED, clock.instant(), accountId));
    }

    /** A reading the account entered yesterday and confirmed although implausible: in the review queue. */
    @Transactional
    public long newReadingInReview(long meterId, BigDecimal value, long accountId) {
        MeterReading reading = new MeterReading(em.find(Meter.class, meterId), today().minusDays(1), value,
                ReadingSource.PORTAL, ReadingStatus.PENDING_REVIEW, clock.instant(), accountId);
        em.persist(reading);
        em.flush();
        return reading.getId();
    }

    /** The id of a payer, e.g. a demo payer. */
    @Transactional
    public long payerId(String payerCode) {
        return em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class).setParameter("code", payerCode)
                .getSingleResult().getId();
    }

    /** The status of the demo batch the portal imports at its first start in demo mode, or "none". */
    @Transactional
    public String demoBatchStatus() {
        return em.createNamedQuery(ImportBatch.FIND_BY_BATCH_ID, ImportBatch.class)
                .setParameter("batchId", DEMO_BATCH_ID)
                .getResultStream()
                .map(batch -> batch.getStatus().name())
                .findFirst()
                .orElse("none");
    }

    /** Today on the server's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How many portal readings a meter has. */
    @Transactional
    public long portalReadings(long meterId) {
        return em.createQuery("SELECT COUNT(r) FROM MeterReading r WHERE r.meter.id = :meter AND r.source = :source",
                Long.class).setParameter("meter", meterId).setParameter("source", ReadingSource.PORTAL)
                .getSingleResult();
    }

    /**
     * How many mails the outbox holds for a recipient, delivered or not: exactly what was queued, where waiting
     * for GreenMail can only say what arrived so far.
     */
    @Transactional
    public long outboxMails(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.recipient = :recipient", Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }

    /** A second meter (hot water, 5 digits, 3 decimals, no readings) at a point, installed a year ago. */
    @Transactional
    public long newHotWaterMeter(String pointCode) {
        ConsumptionPoint point = em.createQuery("SELECT p FROM ConsumptionPoint p WHERE p.code = :code",
                ConsumptionPoint.class).setParameter("code", pointCode).getSingleResult();
        LocalDate installed = LocalDate.now(ClockProducer.ZONE).minusYears(1);
        Meter meter = new Meter("H-" + pointCode, point, Medium.HOT_WATER, 5, 3, installed, installed.plusYears(5));
        em.persist(meter);
        em.flush();
        return meter.getId();
    }

    /**
     * A fresh payer whose account is already activated, for tests about what comes after registration.
     * With {@code consented} the account has also accepted the current consent text, so the portal opens.
     */
    @Transactional
    public NewPayer newActiveAccount(String password, boolean consented) {
        NewPayer payer = newActiveAccount(password);
        if (consented) {
            em.flush();
            consents.accept(accountOf(payer.payerCode()).orElseThrow().getId());
        }
        return payer;
    }

    /** A point in Velenje that has been the payer's since ever. */
    private ConsumptionPoint newPoint(String code, Payer payer, String street, boolean metered,
            List<UtilityService> services) {
        ConsumptionPoint point = new ConsumptionPoint(code, street, "3320", "Velenje", metered, services);
        em.persist(point);
        em.persist(new PointOccupancy(point, payer, PointOccupancy.SINCE_EVER, null));
        return point;
    }

    /** A staff member who can log in: {@code secret} is their authenticator app's, enrolled before any code. */
    public record StaffLogin(String email, String secret, long staffId) {
    }

    @Transactional
    public StaffLogin newStaffMember(StaffRole role, String password) {
        StaffAccount staff = new StaffAccount("staff-" + UUID.randomUUID() + "@staff.test", "Test " + role, role,
                Locale.forLanguageTag("sl"), Instant.now());
        String secret = TotpCodes.newSecret();
        staff.startSetup(hasher.hash(password), secret);
        staff.confirmSecondFactor(0);
        em.persist(staff);
        em.flush();
        return new StaffLogin(staff.getEmail(), secret, staff.getId());
    }

    /** A mail to the recipient that the outbox gave up on after 12 failed attempts, still with its body; its id. */
    @Transactional
    public long newGivenUpMail(String recipient, String subject) {
        OutgoingMail mail = OutgoingMailSamples.givenUp(new MailMessage(recipient, subject,
                "Pozdravljeni,\n\nto sporočilo ni bilo poslano.\n"), Instant.now(), 12);
        em.persist(mail);
        em.flush();
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(mail);
    }
}
