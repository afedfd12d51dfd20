package si.utility.portal.consumption.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.billing.service.InvoiceFilter;
import si.utility.portal.billing.service.InvoiceRow;
import si.utility.portal.billing.service.InvoiceService;
import si.utility.portal.billing.service.InvoiceSort;
import si.utility.portal.consumption.domain.PeriodConsumption;
import si.utility.portal.consumption.domain.PeriodKind;
import si.utility.portal.consumption.domain.ReadingRules;
import si.utility.portal.consumption.service.ReadingService.ReadingRow;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.PayerPoint;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.MovedPoint;
import si.utility.portal.testsupport.TestData.Occupant;

/**
 * Moves on the real server: a payer sees a point's readings, consumption and invoices only for the period it was
 * theirs. The fixture's use tells whose a figure is: 10 m3 a month for the previous occupant, 30 for the next.
 */
@ExtendWith(ArquillianExtension.class)
class MovedPointIT {

    private static final String PASSWORD = "Selitev-42-Velenje";
    private static final BigDecimal OLD_USE = BigDecimal.TEN;
    private static final BigDecimal NEW_USE = BigDecimal.valueOf(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData testData;

    @Inject
    ConsumptionPointService points;

    @Inject
    ReadingService readings;

    @Inject
    ReadingEntryService entries;

    @Inject
    ReadingPersonalData personalData;

    @Inject
    InvoiceService invoices;

    private List<ReadingRow> table(Occupant who, MovedPoint moved) {
        return readings.readings(who.payerId(), moved.pointCode(), Medium.COLD_WATER, 0, 100);
    }

    private List<ReadingRow> csv(Occupant who, MovedPoint moved) {
        List<ReadingRow> rows = new ArrayList<>();
        readings.exportReadings(who.payerId(), moved.pointCode(), Medium.COLD_WATER, rows::add);
        return rows;
    }

    private List<PeriodConsumption> months(Occupant who, MovedPoint moved) {
        YearMonth last = YearMonth.from(testData.today()).minusMonths(1);
        return readings.chart(who.payerId(), moved.pointCode(), Medium.COLD_WATER, PeriodKind.MONTH,
                last.minusMonths(7), last).periods();
    }

    private List<String> invoicesAtPoint(Occupant who, MovedPoint moved) {
        long pointId = points.require(who.payerId(), moved.pointCode()).getId();
        return invoices.find(who.payerId(), new InvoiceFilter(null, pointId), InvoiceSort.NEWEST_FIRST, 0, 50)
                .stream().map(InvoiceRow::number).toList();
    }

    private static ReadingRules.Entry entryOn(String value, LocalDate date) {
        return new ReadingRules.Entry(value, date.toString(), false, false);
    }

    private static String messageKey(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ValidationFailedException.class);
        return ((ValidationFailedException) thrown).violations().asList().get(0).messageKey();
    }

    @Test
    void theNewOccupantSeesNoneOfThePreviousOnesReadingsConsumptionOrInvoices() {
        MovedPoint moved = testData.newMovedPoint(PASSWORD, false);
        Occupant next = moved.next();

        List<ReadingRow> rows = table(next, moved);
        assertThat(rows).extracting(ReadingRow::date).allMatch(d -> !d.isBefore(moved.moveOut()))
                .last().isEqualTo(moved.moveOut());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).consumption()).as("the move-out reading starts their series").isNull();
        assertThat(rows.subList(0, 3)).extracting(ReadingRow::consumption).allMatch(c -> c.compareTo(NEW_USE) == 0);
        assertThat(readings.countReadings(next.payerId(), moved.pointCode(), Medium.COLD_WATER)).isEqualTo(4);
        assertThat(csv(next, moved)).isEqualTo(rows);

        for (PeriodConsumption month : months(next, moved)) {
            boolean theirs = month.start().isAfter(moved.moveOut());
            assertThat(month.amount()).as(month.start().toString())
                    .isEqualByComparingTo(theirs ? NEW_USE : BigDecimal.ZERO);
            assertThat(month.complete()).as(month.start().toString()).isEqualTo(theirs);
        }
        assertThat(invoices.findByNumber(next.payerId(), moved.previous().invoiceNumber())).isEmpty();
        assertThat(invoicesAtPoint(next, moved)).containsExactly(next.invoiceNumber());
        assertThat(points.details(next.payerId(), moved.pointCode()).readingEntryPossible()).isTrue();
    }

    @Test
    void theNewOccupantEntersReadingsAfterTheMoveOutReadingAndNotForTheOldDays() {
        MovedPoint moved = testData.newMovedPoint(PASSWORD, false);
        Occupant next = moved.next();
        ReadingEntryService.MeterForEntry meter = entries.meters(next.payerId(), moved.pointCode()).get(0);

        assertThat(meter.previousDate()).isEqualTo(YearMonth.from(testData.today()).minusMonths(1).atEndOfMonth());
        Throwable oldDay = catchThrowable(() -> entries.submit(next.payerId(), next.accountId(), moved.pointCode(),
                moved.meterId(), entryOn("400", moved.moveOut())));

        assertThat(messageKey(oldDay)).isEqualTo("reading.beforeMoveIn");
        assertThat(testData.portalReadings(moved.meterId())).isZero();
    }

    @Test
    void theOldPayerKeepsTheirInvoicesAndPeriodButCannotEnterAReading() {
        MovedPoint moved = testData.newMovedPoint(PASSWORD, false);
        Occupant previous = moved.previous();

        List<ReadingRow> rows = table(previous, moved);
        assertThat(rows).hasSize(6).first().extracting(ReadingRow::date).isEqualTo(moved.moveOut());
        assertThat(rows.subList(0, 5)).extracting(ReadingRow::consumption).allMatch(c -> c.compareTo(OLD_USE) == 0);
        assertThat(csv(previous, moved)).isEqualTo(rows);
        assertThat(months(previous, moved)).filteredOn(m -> m.start().isAfter(moved.moveOut()))
                .isNotEmpty().allMatch(m -> m.amount().signum() == 0 && !m.complete());
        assertThat(invoicesAtPoint(previous, moved)).containsExactly(previous.invoiceNumber());
        assertThat(invoices.findByNumber(previous.payerId(), previous.invoiceNumber())).isPresent();
        assertThat(invoices.findByNumber(previous.payerId(), moved.next().invoiceNumber())).isEmpty();

        PayerPoint listed = points.findForPayer(previous.payerId()).stream()
                .filter(p -> p.getCode().equals(moved.pointCode())).findFirst().orElseThrow();
        assertThat(listed.getUntil()).isEqualTo(moved.moveOut());
        assertThat(points.details(previous.payerId(), moved.pointCode()).readingEntryPossible()).isFalse();
        assertThat(entries.meters(previous.payerId(), moved.pointCode())).isEmpty();
        Throwable refused = catchThrowable(() -> entries.submit(previous.payerId(), previous.accountId(),
                moved.pointCode(), moved.meterId(), entryOn("400", testData.today())));
        assertThat(messageKey(refused)).isEqualTo("reading.notCurrentOccupant");
        assertThat(testData.portalReadings(moved.meterId())).isZero();
    }

    @Test
    void aPointThatMovedBackShowsBothPeriodsAndNothingOfTheOtherOccupant() {
        MovedPoint moved = testData.newMovedPoint(PASSWORD, true);
        Occupant previous = moved.previous();

        List<ReadingRow> rows = table(previous, moved);
        assertThat(rows).extracting(ReadingRow::consumption).filteredOn(Objects::nonNull)
                .hasSize(rows.size() - 2).allMatch(c -> c.compareTo(OLD_USE) == 0);
        assertThat(rows).filteredOn(r -> r.date().equals(moved.backOut())).singleElement()
                .satisfies(r -> assertThat(r.consumption()).as("starts the second period").isNull());
        assertThat(months(previous, moved)).filteredOn(m -> m.start().equals(moved.moveOut().plusDays(1)))
                .singleElement().satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("0"));
        assertThat(months(previous, moved)).filteredOn(m -> m.start().isAfter(moved.backOut()))
                .isNotEmpty().allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo(OLD_USE));
        assertThat(entries.meters(previous.payerId(), moved.pointCode())).isNotEmpty();

        Occupant between = moved.next();
        assertThat(table(between, moved)).extracting(ReadingRow::date, ReadingRow::consumption)
                .containsExactly(tuple(moved.backOut(), NEW_USE.setScale(3)),
                        tuple(moved.moveOut(), null));
        assertThat(entries.meters(between.payerId(), moved.pointCode())).isEmpty();
    }

    @Test
    void thePersonalDataExportHoldsOnlyReadingsEnteredForThePayersOwnDays() {
        MovedPoint moved = testData.newMovedPoint(PASSWORD, false);
        Occupant previous = moved.previous();
        testData.storePortalReading(moved.meterId(), moved.moveOut().minusDays(3), new BigDecimal("150"),
                previous.accountId());
        // Entered for a day that an import later gave to the next occupant.
        testData.storePortalReading(moved.meterId(), moved.moveOut().plusDays(3), new BigDecimal("152"),
                previous.accountId());

        List<String> dates = personalData.export(previous.accountId(), previous.payerId()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).map(o -> o.getString("readingDate")).toList();

        assertThat(dates).containsExactly(moved.moveOut().minusDays(3).toString());
    }
}
