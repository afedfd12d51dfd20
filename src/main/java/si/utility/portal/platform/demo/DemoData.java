package si.utility.portal.platform.demo;

import static si.utility.portal.core.domain.Medium.COLD_WATER;
import static si.utility.portal.core.domain.Medium.GAS;
import static si.utility.portal.core.domain.Medium.HEAT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
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
import si.utility.portal.core.domain.PriceListItem;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.platform.time.ClockProducer;

/**
 * Demo customers of KPV with consumption points, meters, readings, invoices and open items. All dates are
 * relative to "today", so the data always looks current; the same day always gives the same data.
 */
public final class DemoData {

    /** The invoice number printed in the old portal's manual, so its registration example works. */
    public static final String MANUAL_INVOICE_NUMBER = "12345678";
    public static final String MANUAL_PAYER_CODE = "1234";

    private static final int READING_MONTHS = 48;
    static final int INVOICE_MONTHS = 24;
    private static final int PAYMENT_DAYS = 14;
    private static final int MANUAL_INVOICE_MONTHS_AGO = 6;
    /** The latest invoice was issued a few days ago, so it is open but not yet due. */
    private static final int DAYS_SINCE_LAST_ISSUE = 5;
    private static final Period CALIBRATION_PERIOD = Period.ofYears(5);

    private static final BigDecimal REDUCED_VAT = new BigDecimal("9.5");
    private static final BigDecimal STANDARD_VAT = new BigDecimal("22");

    private static final List<ServicePlan> SERVICES = List.of(
            new ServicePlan("VODA", "Oskrba s pitno vodo", "m3", REDUCED_VAT, "0.7412", "0.8125"),
            new ServicePlan("VODARINA", "Vodarina omrežnina", "mesec", REDUCED_VAT, "6.1532", "6.5418"),
            new ServicePlan("KANAL", "Odvajanje odpadne vode", "m3", REDUCED_VAT, null, "0.5218"),
            new ServicePlan("CISCENJE", "Čiščenje odpadne vode", "m3", REDUCED_VAT, "0.6634", "0.7102"),
            new ServicePlan("KOM", "Zbiranje komunalnih odpadkov", "kos", REDUCED_VAT, null, "4.3315"),
            new ServicePlan("BIO", "Zbiranje bioloških odpadkov", "kos", REDUCED_VAT, null, "2.1870"),
            new ServicePlan("PLIN", "Zemeljski plin", "m3", STANDARD_VAT, "0.7850", "0.6912"),
            new ServicePlan("TOPLOTA", "Daljinsko ogrevanje", "kWh", STANDARD_VAT, "0.0835", "0.0917"));

    /** Services billed by the quantity a meter measured. */
    private static final Map<Medium, List<String>> METERED_SERVICES = Map.of(
            COLD_WATER, List.of("VODA", "KANAL", "CISCENJE"),
            HEAT, List.of("TOPLOTA"),
            GAS, List.of("PLIN"));

    private static final List<PayerPlan> PAYERS = List.of(
            new PayerPlan(MANUAL_PAYER_CODE, "NOVAK JANEZ", "Dunajska cesta bb", "3320", "Velenje", 2, true, List.of(
                    new PointPlan("OM-100234", "Dunajska cesta bb", "3320", "Velenje",
                            Map.of(COLD_WATER, 11.0), Map.of("VODARINA", 1, "KOM", 2, "BIO", 2), true),
                    new PointPlan("OM-100235", "Škale 87 (vikend)", "3320", "Velenje",
                            Map.of(), Map.of("KOM", 1), false))),
            new PayerPlan("1001", "KOVAČ MARIJA", "Šaleška cesta 19", "3320", "Velenje", 1, false, List.of(
                    new PointPlan("OM-100512", "Šaleška cesta 19", "3320", "Velenje",
                            Map.of(COLD_WATER, 8.5, HEAT, 420.0), Map.of("VODARINA", 1, "KOM", 2), false))),
            new PayerPlan("1002", "HORVAT d.o.o.", "Partizanska cesta 12", "3320", "Velenje", 2, false, List.of(
                    new PointPlan("OM-200118", "Partizanska cesta 12", "3320", "Velenje",
                            Map.of(COLD_WATER, 34.0, GAS, 180.0), Map.of("VODARINA", 1, "KOM", 8), false))),
            new PayerPlan("1003", "ŽAGAR ŠPELA", "Kidričeva cesta 3", "3325", "Šoštanj", 1, false, List.of(
                    new PointPlan("OM-300047", "Kidričeva cesta 3", "3325", "Šoštanj",
                            Map.of(COLD_WATER, 13.5), Map.of("VODARINA", 1, "KOM", 2, "BIO", 2), false))));

    private final LocalDate today;
    private final YearMonth lastReadMonth;
    private final Random random = new Random(3320);
    private final List<Object> entities = new ArrayList<>();
    private final Map<String, UtilityService> services = new LinkedHashMap<>();
    private final Map<UtilityService, NavigableMap<LocalDate, PriceListItem>> prices = new LinkedHashMap<>();
    private int metersInstalled;

    private DemoData(LocalDate today) {
        this.today = today;
        this.lastReadMonth = YearMonth.from(today).minusMonths(1);
    }

    /**
     * Every demo entity in an order that persists cleanly: each after the entities it refers to. Invoice lines
     * are not listed; they are persisted with their invoice.
     */
    public static List<Object> forDay(LocalDate today) {
        return new DemoData(today).build();
    }

    private List<Object> build() {
        SERVICES.forEach(this::addService);
        for (int i = 0; i < PAYERS.size(); i++) {
            addPayer(PAYERS.get(i), i);
        }
        return entities;
    }

    private void addService(ServicePlan plan) {
        UtilityService service = add(new UtilityService(plan.code(), plan.name(), plan.unit()));
        services.put(plan.code(), service);
        NavigableMap<LocalDate, PriceListItem> history = new TreeMap<>();
        // The older price covers the whole invoice history; the current one applies from this year's January.
        LocalDate oldest = today.minusYears(3).withDayOfYear(1);
        if (plan.previousPrice() != null) {
            history.put(oldest, add(new PriceListItem(service, new BigDecimal(plan.previousPrice()), plan.vatRate(),
                    oldest)));
        }
        LocalDate current = plan.previousPrice() == null ? oldest : today.withDayOfYear(1);
        history.put(current, add(new PriceListItem(service, new BigDecimal(plan.currentPrice()), plan.vatRate(),
                current)));
        prices.put(service, history);
    }

    private void addPayer(PayerPlan plan, int payerIndex) {
        Payer payer = add(new Payer(plan.code(), plan.name(), plan.street(), plan.postCode(), plan.city()));
        List<SuppliedPoint> points = new ArrayList<>();
        for (PointPlan pointPlan : plan.points()) {
            ConsumptionPoint point = add(new ConsumptionPoint(pointPlan.code(), pointPlan.street(),
                    pointPlan.postCode(), pointPlan.city(), !pointPlan.meteredUse().isEmpty(),
                    pointPlan.serviceCodes().stream().map(services::get).toList()));
            add(new PointOccupancy(point, payer, PointOccupancy.SINCE_EVER, null));
            points.add(new SuppliedPoint(point, pointPlan, addMeters(point, pointPlan)));
        }
        List<Invoice> invoices = new ArrayList<>();
        for (int month = 0; month < INVOICE_MONTHS; month++) {
            invoices.add(add(invoice(payer, points, invoiceNumber(payerIndex, month), month)));
        }
        addOpenItems(plan, invoices);
    }

    // --- Meters and readings ---

    private Map<Medium, NavigableMap<YearMonth, BigDecimal>> addMeters(ConsumptionPoint point, PointPlan plan) {
        Map<Medium, NavigableMap<YearMonth, BigDecimal>> usageByMedium = new TreeMap<>();
        plan.meteredUse().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Medium medium = entry.getKey();
            // A replaced meter keeps its own full history, so each meter has READING_MONTHS of readings.
            int months = plan.meterReplaced() ? 2 * READING_MONTHS : READING_MONTHS;
            YearMonth first = lastReadMonth.minusMonths(months - 1);
            NavigableMap<YearMonth, BigDecimal> usage = monthlyUsage(medium, entry.getValue(), first);
            if (plan.meterReplaced()) {
                YearMonth replacedIn = first.plusMonths(READING_MONTHS - 1);
                Meter old = addMeter(point, medium, usage.headMap(replacedIn, true), 0);
                old.setRemovedOn(replacedIn.atEndOfMonth());
                addMeter(point, medium, usage.tailMap(replacedIn, false), 0);
            } else {
                addMeter(point, medium, usage, 1 + random.nextInt(10));
            }
            usageByMedium.put(medium, usage);
        });
        return usageByMedium;
    }

    /** Around the average, higher in summer for water and in winter for heating, with some noise. */
    private NavigableMap<YearMonth, BigDecimal> monthlyUsage(Medium medium, double average, YearMonth first) {
        double amplitude = medium == COLD_WATER ? 0.2 : 0.85;
        int peakMonth = medium == COLD_WATER ? 7 : 1;
        NavigableMap<YearMonth, BigDecimal> usage = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(lastReadMonth); month = month.plusMonths(1)) {
            double season = 1 + amplitude * Math.cos(2 * Math.PI * (month.getMonthValue() - peakMonth) / 12);
            double noise = 0.9 + 0.2 * random.nextDouble();
            usage.put(month, BigDecimal.valueOf(average * season * noise)
                    .setScale(decimals(medium), RoundingMode.HALF_UP));
        }
        return usage;
    }

    /**
     * A meter with a reading at the end of each month of the usage. It was installed {@code monthsInUseBefore}
     * months before the first of them; a new meter starts from zero.
     */
    private Meter addMeter(ConsumptionPoint point, Medium medium, NavigableMap<YearMonth, BigDecimal> usage,
            int monthsInUseBefore) {
        YearMonth first = usage.firstKey();
        LocalDate installedOn = first.minusMonths(1 + monthsInUseBefore).atEndOfMonth();
        String serialNumber = "%02d-%07d".formatted(installedOn.getYear() % 100, 4_310_000 + 137 * ++metersInstalled);
        Meter meter = add(new Meter(serialNumber, point, medium, medium == HEAT ? 7 : 5, decimals(medium),
                installedOn, installedOn.plus(CALIBRATION_PERIOD)));
        BigDecimal value = usage.get(first).multiply(BigDecimal.valueOf(monthsInUseBefore));
        addReading(meter, first.minusMonths(1).atEndOfMonth(), value);
        for (Map.Entry<YearMonth, BigDecimal> month : usage.entrySet()) {
            value = value.add(month.getValue());
            addReading(meter, month.getKey().atEndOfMonth(), value);
        }
        return meter;
    }

    private void addReading(Meter meter, LocalDate date, BigDecimal value) {
        add(new MeterReading(meter, date, value.setScale(3), ReadingSource.UTILITY, ReadingStatus.ACCEPTED,
                date.atTime(10, 0).atZone(ClockProducer.ZONE).toInstant(), null));
    }

    private static int decimals(Medium medium) {
        return medium == HEAT ? 0 : 3;
    }

    // --- Invoices and open items ---

    /** Month 0 is the oldest; each invoice bills the calendar month before it was issued. */
    private Invoice invoice(Payer payer, List<SuppliedPoint> points, String number, int month) {
        LocalDate issueDate = today.minusDays(DAYS_SINCE_LAST_ISSUE).minusMonths(INVOICE_MONTHS - 1 - month);
        YearMonth period = YearMonth.from(issueDate).minusMonths(1);
        ConsumptionPoint onlyPoint = points.size() == 1 ? points.get(0).point() : null;
        Invoice invoice = new Invoice(number, payer, onlyPoint, issueDate, issueDate.plusDays(PAYMENT_DAYS),
                period.atDay(1), period.atEndOfMonth(), PaymentReference.ofInvoice(payer.getCode(), number));
        quantities(points, period).forEach((service, quantity) -> {
            PriceListItem price = prices.get(service).floorEntry(period.atDay(1)).getValue();
            invoice.addLine(service, quantity.setScale(3), price.getPrice(), price.getVatRate());
        });
        return invoice;
    }

    /** The month's quantity of each service, summed over the payer's points, in price list order. */
    private Map<UtilityService, BigDecimal> quantities(List<SuppliedPoint> points, YearMonth period) {
        Map<String, BigDecimal> byCode = new HashMap<>();
        for (SuppliedPoint point : points) {
            point.usage().forEach((medium, perMonth) -> METERED_SERVICES.get(medium)
                    .forEach(code -> byCode.merge(code, perMonth.get(period), BigDecimal::add)));
            point.plan().flatUse()
                    .forEach((code, quantity) -> byCode.merge(code, BigDecimal.valueOf(quantity), BigDecimal::add));
        }
        Map<UtilityService, BigDecimal> quantities = new LinkedHashMap<>();
        services.forEach((code, service) -> {
            if (byCode.containsKey(code)) {
                quantities.put(service, byCode.get(code));
            }
        });
        return quantities;
    }

    /** Eight digits, unique over all payers, with the manual's number on the manual's payer. */
    private static String invoiceNumber(int payerIndex, int month) {
        int manualMonth = INVOICE_MONTHS - 1 - MANUAL_INVOICE_MONTHS_AGO;
        int first = Integer.parseInt(MANUAL_INVOICE_NUMBER) - manualMonth * PAYERS.size();
        return String.valueOf(first + month * PAYERS.size() + payerIndex);
    }

    /**
     * The payer's last invoices are open: the latest is not yet due, any older one is overdue. The latest may be
     * half paid.
     */
    private void addOpenItems(PayerPlan plan, List<Invoice> invoices) {
        for (Invoice invoice : invoices.subList(invoices.size() - plan.openInvoices(), invoices.size())) {
            boolean latest = invoice == invoices.get(invoices.size() - 1);
            BigDecimal gross = invoice.getGrossAmount();
            BigDecimal open = latest && plan.latestPartlyPaid()
                    ? gross.subtract(gross.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN))
                    : gross;
            add(new OpenItem(invoice.getPayer(), invoice, invoice.getInvoiceNumber(), invoice.getIssueDate(),
                    invoice.getDueDate(), gross, open));
        }
    }

    private <T> T add(T entity) {
        entities.add(entity);
        return entity;
    }

    private record SuppliedPoint(ConsumptionPoint point, PointPlan plan,
            Map<Medium, NavigableMap<YearMonth, BigDecimal>> usage) {
    }

    private record ServicePlan(String code, String name, String unit, BigDecimal vatRate, String previousPrice,
            String currentPrice) {
    }

    private record PayerPlan(String code, String name, String street, String postCode, String city,
            int openInvoices, boolean latestPartlyPaid, List<PointPlan> points) {
    }

    /** Average monthly use per metered medium, and fixed monthly quantities of flat-rate services. */
    private record PointPlan(String code, String street, String postCode, String city, Map<Medium, Double> meteredUse,
            Map<String, Integer> flatUse, boolean meterReplaced) {

        List<String> serviceCodes() {
            List<String> codes = new ArrayList<>();
            SERVICES.forEach(service -> {
                boolean metered = meteredUse.keySet().stream()
                        .anyMatch(medium -> METERED_SERVICES.get(medium).contains(service.code()));
                if (metered || flatUse.containsKey(service.code())) {
                    codes.add(service.code());
                }
            });
            return codes;
        }
    }
}
