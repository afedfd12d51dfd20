package si.utility.portal.platform.demo;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.InvoiceLine;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.PointOccupancy;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

    private final List<Object> entities = DemoData.forDay(TODAY);

    @Test
    void payerOfTheManualHoldsItsInvoiceNumber() {
        Invoice invoice = single(Invoice.class, i -> i.getInvoiceNumber().equals(DemoData.MANUAL_INVOICE_NUMBER));

        assertThat(invoice.getPayer().getCode()).isEqualTo(DemoData.MANUAL_PAYER_CODE);
        assertThat(invoice.getPayer().getName()).isEqualTo("NOVAK JANEZ");
        assertThat(invoice.getIssueDate()).isBefore(TODAY.minusMonths(3));
        assertThat(invoice.getPaymentReference()).isEqualTo("SI12 1234123456789");
    }

    @Test
    void payerOfTheManualHasAMeteredAndAnUnmeteredPoint() {
        List<ConsumptionPoint> points = all(PointOccupancy.class)
                .filter(o -> o.getPayer().getCode().equals(DemoData.MANUAL_PAYER_CODE))
                .map(PointOccupancy::getConsumptionPoint)
                .toList();

        assertThat(points).extracting(ConsumptionPoint::isMetered).containsExactlyInAnyOrder(true, false);
        assertThat(points).allSatisfy(p -> assertThat(p.getServices()).isNotEmpty());
        assertThat(all(Meter.class).map(Meter::getConsumptionPoint)).allMatch(ConsumptionPoint::isMetered);
    }

    @Test
    void everyPayerHasAPointAndTwoYearsOfMonthlyInvoices() {
        Map<Payer, List<Invoice>> invoicesByPayer = all(Invoice.class).collect(groupingBy(Invoice::getPayer));

        assertThat(all(Payer.class).count()).isGreaterThanOrEqualTo(4);
        assertThat(invoicesByPayer.keySet()).containsExactlyInAnyOrderElementsOf(all(Payer.class).toList());
        assertThat(invoicesByPayer.values()).allSatisfy(invoices -> {
            assertThat(invoices).hasSize(DemoData.INVOICE_MONTHS);
            assertThat(invoices).extracting(Invoice::getPeriodFrom).doesNotHaveDuplicates();
        });
        assertThat(all(PointOccupancy.class).map(PointOccupancy::getPayer).distinct().count())
                .isEqualTo(invoicesByPayer.size());
    }

    @Test
    void invoiceNumbersAreUniqueAndHaveEightDigits() {
        assertThat(all(Invoice.class).map(Invoice::getInvoiceNumber))
                .doesNotHaveDuplicates()
                .allMatch(number -> number.matches("\\d{8}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-03", "2026-01-01", "2028-02-29", "2026-12-31"})
    void invoiceAmountsAddUp(LocalDate today) {
        List<Invoice> invoices = all(DemoData.forDay(today), Invoice.class).toList();

        assertThat(invoices).allSatisfy(invoice -> {
            assertThat(invoice.getLines()).isNotEmpty();
            assertThat(invoice.getLines()).allSatisfy(line -> assertThat(line.getNetAmount())
                    .isEqualTo(line.getQuantity().multiply(line.getUnitPrice()).setScale(2, RoundingMode.HALF_UP)));
            assertThat(invoice.getNetAmount()).isEqualTo(sum(invoice.getLines().stream()
                    .map(InvoiceLine::getNetAmount)));
            assertThat(invoice.getVatAmount()).isEqualTo(vatPerRate(invoice));
            assertThat(invoice.getGrossAmount()).isEqualTo(invoice.getNetAmount().add(invoice.getVatAmount()));
            assertThat(invoice.getDueDate()).isEqualTo(invoice.getIssueDate().plusDays(14));
            assertThat(invoice.getIssueDate()).isBeforeOrEqualTo(today);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-03", "2026-01-01", "2028-02-29", "2026-12-31"})
    void payerOfTheManualHasOneOverdueAndOnePartlyPaidItem(LocalDate today) {
        List<OpenItem> items = all(DemoData.forDay(today), OpenItem.class)
                .filter(item -> item.getPayer().getCode().equals(DemoData.MANUAL_PAYER_CODE))
                .toList();

        assertThat(items).filteredOn(item -> item.isOverdue(today)).hasSize(1);
        assertThat(items).filteredOn(OpenItem::isPartiallyPaid).hasSize(1);
    }

    @Test
    void everyPayerHasItsLatestInvoiceOpen() {
        Map<Payer, List<Invoice>> invoicesByPayer = all(Invoice.class).collect(groupingBy(Invoice::getPayer));

        invoicesByPayer.values().forEach(invoices -> {
            Invoice latest = invoices.stream().max(Comparator.comparing(Invoice::getIssueDate)).orElseThrow();
            assertThat(all(OpenItem.class)).anyMatch(item -> item.getInvoice() == latest);
        });
    }

    @Test
    void everyMeterHasMoreThanThreeYearsOfStrictlyIncreasingReadings() {
        Map<Meter, List<MeterReading>> readingsByMeter = all(MeterReading.class)
                .collect(groupingBy(MeterReading::getMeter));

        assertThat(readingsByMeter.keySet()).containsExactlyInAnyOrderElementsOf(all(Meter.class).toList());
        readingsByMeter.values().forEach(readings -> {
            assertThat(readings).isSortedAccordingTo(Comparator.comparing(MeterReading::getReadingDate));
            assertThat(readings.get(0).getReadingDate())
                    .isBeforeOrEqualTo(readings.get(readings.size() - 1).getReadingDate().minusMonths(42));
            for (int i = 1; i < readings.size(); i++) {
                assertThat(readings.get(i).getReadingValue()).isGreaterThan(readings.get(i - 1).getReadingValue());
            }
        });
    }

    @Test
    void oneMeterWasReplacedAndTheNewOneStartsLow() {
        Meter removed = single(Meter.class, meter -> meter.getRemovedOn() != null);
        Meter successor = single(Meter.class, meter -> meter.getConsumptionPoint() == removed.getConsumptionPoint()
                && meter.getMedium() == removed.getMedium() && meter != removed);

        assertThat(successor.getInstalledOn()).isEqualTo(removed.getRemovedOn());
        assertThat(all(MeterReading.class).filter(r -> r.getMeter() == successor).findFirst().orElseThrow()
                .getReadingValue()).isZero();
    }

    @Test
    void sameDayGivesSameData() {
        List<BigDecimal> readings = all(MeterReading.class).map(MeterReading::getReadingValue).toList();

        assertThat(all(DemoData.forDay(TODAY), MeterReading.class).map(MeterReading::getReadingValue))
                .containsExactlyElementsOf(readings);
    }

    private static BigDecimal vatPerRate(Invoice invoice) {
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>();
        invoice.getLines().forEach(line -> netByRate.merge(line.getVatRate(), line.getNetAmount(), BigDecimal::add));
        return sum(netByRate.entrySet().stream().map(e -> e.getValue().multiply(e.getKey())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)));
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private <T> T single(Class<T> type, Predicate<T> condition) {
        List<T> matches = all(type).filter(condition).toList();
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }

    private <T> Stream<T> all(Class<T> type) {
        return all(entities, type);
    }

    private static <T> Stream<T> all(List<Object> entities, Class<T> type) {
        return entities.stream().filter(type::isInstance).map(type::cast);
    }
}
