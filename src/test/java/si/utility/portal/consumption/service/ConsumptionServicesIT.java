package si.utility.portal.consumption.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.consumption.domain.PeriodKind;
import si.utility.portal.consumption.domain.ReadingRules.Doubt;
import si.utility.portal.consumption.domain.ReadingRules;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.service.ReadingEntryService.Outcome;
import si.utility.portal.consumption.service.ReadingService.ConsumptionChart;
import si.utility.portal.consumption.service.ReadingService.ReadingRow;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestMailbox;

/** The consumption services on the real server: payer scoping, reading entry, double submission, mail. */
@ExtendWith(ArquillianExtension.class)
class ConsumptionServicesIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";

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
    PriceListService prices;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Today as the server sees it (Europe/Ljubljana), whatever the JVM's zone. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ReadingRules.Entry entry(String value) {
        return entryOn(value, today());
    }

    private static ReadingRules.Entry entryOn(String value, LocalDate date) {
        return new ReadingRules.Entry(value, date.toString(), false, false);
    }

    @Test
    void anotherPayersPointIsNotFoundInEveryService() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);
        MeteredCustomer other = testData.newMeteredCustomer(PASSWORD, 12);

        assertThatThrownBy(() -> points.details(me.payerId(), other.pointCode()))
                .isInstanceOf(PointNotFoundException.class);
        assertThatThrownBy(() -> readings.readings(me.payerId(), other.pointCode(), Medium.COLD_WATER, 0, 10))
                .isInstanceOf(PointNotFoundException.class);
        assertThatThrownBy(() -> prices.prices(me.payerId(), other.pointCode()))
                .isInstanceOf(PointNotFoundException.class);
        assertThatThrownBy(() -> entries.submit(me.payerId(), me.accountId(), other.pointCode(), other.meterId(),
                entry("300"))).isInstanceOf(PointNotFoundException.class);
        // My own point with the other payer's meter id is refused as well.
        assertThatThrownBy(() -> entries.submit(me.payerId(), me.accountId(), me.pointCode(), other.meterId(),
                entry("300"))).isInstanceOf(PointNotFoundException.class);
        assertThat(testData.portalReadings(other.meterId())).isZero();
        assertThat(points.details(me.payerId(), me.pointCode()).readingEntryPossible()).isTrue();
    }

    @Test
    void aPointWithoutMeterRefusesReadings() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);

        assertThat(points.details(me.payerId(), me.unmeteredPointCode()).readingEntryPossible()).isFalse();
        assertThat(entries.meters(me.payerId(), me.unmeteredPointCode())).isEmpty();
        assertThatThrownBy(() -> entries.submit(me.payerId(), me.accountId(), me.unmeteredPointCode(), me.meterId(),
                entry("300"))).isInstanceOf(PointNotFoundException.class);
        assertThat(testData.portalReadings(me.meterId())).isZero();
    }

    @Test
    void aValidReadingIsStoredShownAtOnceAndConfirmedByMail() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);
        // Last reading 220 at the end of last month; about 10 m3 a month is usual.
        var result = entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), entry("220,5"));

        assertThat(result.outcome()).isEqualTo(Outcome.STORED);
        ReadingRow newest = readings.readings(me.payerId(), me.pointCode(), Medium.COLD_WATER, 0, 5).get(0);
        assertThat(newest.source()).isEqualTo(ReadingSource.PORTAL);
        assertThat(newest.value()).isEqualByComparingTo("220.5");
        assertThat(newest.consumption()).isEqualByComparingTo("0.5");
        TestMailbox.ReceivedMail mail = TestMailbox.awaitOne(me.email());
        // The test account reads English: dates as dd/MM/yyyy.
        assertThat(mail.text()).contains(me.pointCode(), "T-" + me.payerCode(), "220.500 m³",
                DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today()));
    }

    @Test
    void aBrokenRuleStoresNothingAndNamesTheField() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);

        Throwable below = catchThrowable(() -> entries.submit(me.payerId(), me.accountId(), me.pointCode(),
                me.meterId(), entry("219")));
        Throwable future = catchThrowable(() -> entries.submit(me.payerId(), me.accountId(), me.pointCode(),
                me.meterId(), entryOn("220.5", today().plusDays(1))));

        assertThat(((ValidationFailedException) below).violations().asList()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("reading.belowPrevious"));
        assertThat(((ValidationFailedException) future).violations().asList()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("reading.future"));
        assertThat(testData.portalReadings(me.meterId())).isZero();
        assertThat(testData.outboxMails(me.email())).isZero();
    }

    @Test
    void implausibleUseAndASecondEntryOnOneDayNeedConfirmation() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);

        var doubtful = entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), entry("900"));
        assertThat(doubtful.outcome()).isEqualTo(Outcome.NEEDS_CONFIRMATION);
        assertThat(doubtful.doubts()).containsExactly(Doubt.IMPLAUSIBLE);
        assertThat(testData.portalReadings(me.meterId())).isZero();

        assertThat(entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), entry("220.7"))
                .outcome()).isEqualTo(Outcome.STORED);
        var replace = entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), entry("220.8"));
        assertThat(replace.doubts()).containsExactly(Doubt.REPLACES_EARLIER);
        assertThat(entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(),
                new ReadingRules.Entry("220.8", today().toString(), false, true)).outcome())
                .isEqualTo(Outcome.STORED);

        assertThat(testData.portalReadings(me.meterId())).isEqualTo(1);
        assertThat(readings.readings(me.payerId(), me.pointCode(), Medium.COLD_WATER, 0, 1).get(0).value())
                .isEqualByComparingTo("220.8");
        assertThat(TestMailbox.await(me.email(), 2, Duration.ofSeconds(30))).hasSize(2);
    }

    @Test
    void twoConcurrentSubmissionsOfOneReadingStoreOneRowAndSendOneMail() throws Exception {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    return entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), entry("220,9"))
                            .outcome();
                } catch (ValidationFailedException e) {
                    return e.violations().asList().get(0).messageKey();
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get());
        }

        assertThat(outcomes).containsOnlyOnce(Outcome.STORED);
        assertThat(outcomes).containsAnyOf(Outcome.ALREADY_STORED, "reading.alreadyStored");
        assertThat(testData.portalReadings(me.meterId())).isEqualTo(1);
        // The outbox row is written in the reading's transaction: one row is exactly one mail, now and later.
        assertThat(testData.outboxMails(me.email())).isEqualTo(1);
        TestMailbox.awaitOne(me.email());
    }

    @Test
    void chartApportionsByPeriodAndShowsTheYearBefore() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 36);
        YearMonth last = YearMonth.now(clock).minusMonths(1);

        ConsumptionChart months = readings.chart(me.payerId(), me.pointCode(), Medium.COLD_WATER, PeriodKind.MONTH,
                last.minusMonths(11), last);
        ConsumptionChart years = readings.chart(me.payerId(), me.pointCode(), Medium.COLD_WATER, PeriodKind.YEAR,
                last.minusMonths(11), last);

        assertThat(months.periods()).hasSize(12);
        assertThat(months.periods().get(0).amount()).isEqualByComparingTo("10");
        assertThat(months.periods().get(0).previousYear()).isEqualByComparingTo("10");
        // Twelve months ending in December lie in one calendar year, any other twelve in two.
        assertThat(years.periods()).extracting(period -> period.start().getYear()).containsExactlyElementsOf(
                last.getMonthValue() == 12 ? List.of(last.getYear()) : List.of(last.getYear() - 1, last.getYear()));
        assertThat(months.decimals()).as("the meter's decimals").isEqualTo(3);
        assertThat(months.leakWarning()).isEmpty();
    }

    /**
     * The leak warning is about the latest readings, whatever months the chart shows: read with the chart's own
     * intervals when they cover the last two years (the default 24 months), read apart otherwise.
     */
    @Test
    void theChartWarnsOfTheSameLeakWhateverMonthsItShows() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 36);
        // 10 m3 a month up to 460 at the end of last month, then 200 m3 more by today.
        testData.storePortalReading(me.meterId(), LocalDate.now(clock), new BigDecimal("660.000"), me.accountId());
        YearMonth now = YearMonth.now(clock);

        ConsumptionChart recent = readings.chart(me.payerId(), me.pointCode(), Medium.COLD_WATER, PeriodKind.MONTH,
                now.minusMonths(23), now);
        ConsumptionChart past = readings.chart(me.payerId(), me.pointCode(), Medium.COLD_WATER, PeriodKind.MONTH,
                now.minusMonths(35), now.minusMonths(24));

        assertThat(recent.leakWarning()).hasValueSatisfying(leak -> assertThat(leak.ratio()).isGreaterThan(2));
        assertThat(past.leakWarning()).isEqualTo(recent.leakWarning());
    }

    @Test
    void aReadingUnderReviewConstrainsNoLaterEntryAndCountsOnlyOnceAccepted() {
        // The utility read 220 at the end of last month (10 m3 a month); 900 yesterday is far above usual, 220.2
        // today is usual even when yesterday was that reading's day.
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);
        LocalDate yesterday = today().minusDays(1);
        ReadingRules.Entry implausible = new ReadingRules.Entry("900", yesterday.toString(), true, false);
        assertThat(entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), implausible)
                .outcome()).isEqualTo(Outcome.STORED);

        assertThat(entries.meters(me.payerId(), me.pointCode())).singleElement()
                .satisfies(m -> assertThat(m.previousValue()).isEqualByComparingTo("220"));
        assertThat(entries.submit(me.payerId(), me.accountId(), me.pointCode(), me.meterId(), entry("220.2"))
                .outcome()).isEqualTo(Outcome.STORED);

        List<ReadingRow> rows = readings.readings(me.payerId(), me.pointCode(), Medium.COLD_WATER, 0, 3);
        assertThat(rows).extracting(r -> r.value().stripTrailingZeros().toPlainString(), ReadingRow::underReview)
                .containsExactly(tuple("220.2", false), tuple("900", true), tuple("220", false));
        assertThat(rows.get(0).consumption()).isEqualByComparingTo("0.2");
        assertThat(rows.get(1).consumption()).isNull();
    }

    @Test
    void aChartRangeIsHeldToFiftyYears() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 3);
        YearMonth current = YearMonth.now(clock);

        for (String[] range : List.of(new String[] {"+999999999-01", "+999999999-12"},
                new String[] {"0001-01", "9999-12"}, new String[] {"+99999-01", "+99999-12"},
                new String[] {"-99999-01", "-99999-12"})) {
            Throwable refused = catchThrowable(() -> readings.chart(me.payerId(), me.pointCode(), Medium.COLD_WATER,
                    PeriodKind.MONTH, YearMonth.parse(range[0]), YearMonth.parse(range[1])));
            assertThat(refused).as(range[0]).isInstanceOf(ValidationFailedException.class);
            assertThat(((ValidationFailedException) refused).violations().asList())
                    .extracting(v -> v.messageKey()).containsOnly("readings.monthOutOfRange");
        }
        assertThat(readings.chart(me.payerId(), me.pointCode(), Medium.COLD_WATER, PeriodKind.MONTH,
                YearMonth.of(current.getYear() - 49, 1), YearMonth.of(current.getYear(), 12)).periods())
                .hasSize(50 * 12);
    }

    @Test
    void hostileEntriesAndPagesAreRefusedWithAMessageOrClamped() {
        MeteredCustomer me = testData.newMeteredCustomer(PASSWORD, 12);

        for (String date : List.of("+99999-01-01", "99999-01-01", "-99999-01-01")) {
            Throwable refused = catchThrowable(() -> entries.submit(me.payerId(), me.accountId(), me.pointCode(),
                    me.meterId(), new ReadingRules.Entry("221", date, false, false)));
            assertThat(refused).as(date).isInstanceOf(ValidationFailedException.class);
            assertThat(((ValidationFailedException) refused).violations().asList()).singleElement()
                    .satisfies(v -> assertThat(v.messageKey()).isEqualTo("reading.dateInvalid"));
        }
        Throwable noMeter = catchThrowable(() -> entries.submit(me.payerId(), me.accountId(), me.pointCode(), null,
                entry("221")));
        assertThat(((ValidationFailedException) noMeter).violations().asList()).singleElement()
                .satisfies(v -> assertThat(v.field() + ":" + v.messageKey()).isEqualTo("meter:reading.meterRequired"));
        assertThat(testData.portalReadings(me.meterId())).isZero();

        // A negative first row reads from the start; a page size below 1 or above 100 is held to that range.
        assertThat(readings.readings(me.payerId(), me.pointCode(), Medium.COLD_WATER, -12, -1))
                .singleElement().satisfies(row -> assertThat(row.value()).isEqualByComparingTo("220"));
        assertThat(readings.readings(me.payerId(), me.pointCode(), Medium.COLD_WATER, 0, Integer.MAX_VALUE))
                .hasSize(13);
    }
}
