package si.utility.portal.consumption.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import si.utility.portal.consumption.domain.ReadingRules.Context;
import si.utility.portal.consumption.domain.ReadingRules.Doubt;
import si.utility.portal.consumption.domain.ReadingRules.Entry;
import si.utility.portal.consumption.domain.ReadingRules.Result;
import si.utility.portal.platform.validation.Violations;

class ReadingRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-10");
    private static final LocalDate PREVIOUS_DATE = LocalDate.parse("2025-05-31");

    /** A 5-digit, 3-decimal water meter read at 1234.5 on May 31 that usually counts 0.4 m3 a day. */
    private static Context meter() {
        return new Context(5, 3, LocalDate.parse("2020-01-15"), null,
                Optional.of(new ReadingValue(1, PREVIOUS_DATE, new BigDecimal("1234.5"))), Optional.empty(),
                OptionalDouble.of(0.4), TODAY, 3.0);
    }

    private static Result check(String value, String date) {
        return ReadingRules.check(new Entry(value, date, false, false), meter());
    }

    private static String messageOn(Result result, String field) {
        return result.violations().asList().stream().filter(v -> v.field().equals(field))
                .map(Violations.Violation::messageKey).findFirst().orElse(null);
    }

    @Test
    void aPlausibleReadingIsAcceptedWithDecimalCommaOrPoint() {
        Result result = check("1238,75", "2025-06-10");
        assertThat(result.acceptable()).isTrue();
        assertThat(result.value()).isEqualByComparingTo("1238.75");
        assertThat(check("1238.75", "2025-06-10").acceptable()).isTrue();
    }

    @Test
    void valueAndDateAreRequiredAndMustParse() {
        assertThat(messageOn(check(" ", "2025-06-10"), "value")).isEqualTo("reading.valueRequired");
        assertThat(messageOn(check("12a", "2025-06-10"), "value")).isEqualTo("reading.valueInvalid");
        assertThat(messageOn(check("1238", ""), "date")).isEqualTo("reading.dateRequired");
        assertThat(messageOn(check("1238", "10.6.2025"), "date")).isEqualTo("reading.dateInvalid");
        assertThat(messageOn(check("-1", "2025-06-10"), "value")).isEqualTo("reading.negative");
    }

    @Test
    void aDateOutsideTheYearsADatabaseStoresIsInvalid() {
        for (String date : List.of("99999-01-01", "+99999-01-01", "-99999-01-01", "+10000-01-01", "0000-06-10",
                "2025-02-30", "2025-6-10")) {
            assertThat(messageOn(check("1238", date), "date")).as(date).isEqualTo("reading.dateInvalid");
            assertThat(ReadingRules.date(date)).as(date).isEmpty();
        }
        assertThat(ReadingRules.date(" 2025-06-10 ")).contains(TODAY);
    }

    @Test
    void belowThePreviousReadingIsRefused() {
        assertThat(messageOn(check("1234.4", "2025-06-10"), "value")).isEqualTo("reading.belowPrevious");
        assertThat(check("1234.5", "2025-06-10").acceptable()).isTrue();
    }

    @Test
    void aNewMeterWithoutPreviousReadingAcceptsAnyValueInRange() {
        Context replaced = new Context(5, 3, LocalDate.parse("2025-06-01"), null, Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), TODAY, 3.0);
        assertThat(ReadingRules.check(new Entry("3", "2025-06-10", false, false), replaced).acceptable()).isTrue();
        assertThat(messageOn(ReadingRules.check(new Entry("3", "2025-05-20", false, false), replaced), "date"))
                .isEqualTo("reading.outsideMeterLife");
    }

    @Test
    void theDateIsNotInTheFutureNorBeforeThePreviousReading() {
        assertThat(messageOn(check("1238", "2025-06-11"), "date")).isEqualTo("reading.future");
        assertThat(messageOn(check("1238", "2025-05-30"), "date")).isEqualTo("reading.beforePrevious");
        assertThat(check("1234.5", "2025-05-31").acceptable()).isTrue();
    }

    @Test
    void theValueFitsTheMetersDigitsAndDecimals() {
        assertThat(messageOn(check("123456", "2025-06-10"), "value")).isEqualTo("reading.tooManyDigits");
        assertThat(messageOn(check("1238.1234", "2025-06-10"), "value")).isEqualTo("reading.tooManyDecimals");
        Context heat = new Context(7, 0, LocalDate.parse("2020-01-15"), null, Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), TODAY, 3.0);
        assertThat(messageOn(ReadingRules.check(new Entry("12.5", "2025-06-10", false, false), heat), "value"))
                .isEqualTo("reading.noDecimals");
    }

    @Test
    void farMoreThanUsualPerDayAsksForConfirmation() {
        // 10 days since May 31, usual 0.4 a day: more than 3 x 0.4 x 10 = 12 m3 is doubtful.
        assertThat(check("1246.4", "2025-06-10").acceptable()).isTrue();
        Result doubtful = check("1250", "2025-06-10");
        assertThat(doubtful.violations().isEmpty()).isTrue();
        assertThat(doubtful.doubts()).containsExactly(Doubt.IMPLAUSIBLE);
        assertThat(ReadingRules.check(new Entry("1250", "2025-06-10", true, false), meter()).acceptable()).isTrue();
    }

    @Test
    void asecondPortalReadingOnTheSameDayNeedsConfirmationUnlessItIsTheSame() {
        Context today = new Context(5, 3, LocalDate.parse("2020-01-15"), null,
                Optional.of(new ReadingValue(1, PREVIOUS_DATE, new BigDecimal("1234.5"))),
                Optional.of(new BigDecimal("1236")), OptionalDouble.of(0.4), TODAY, 3.0);

        assertThat(ReadingRules.check(new Entry("1237", "2025-06-10", false, false), today).doubts())
                .containsExactly(Doubt.REPLACES_EARLIER);
        assertThat(ReadingRules.check(new Entry("1237", "2025-06-10", false, true), today).acceptable()).isTrue();
        assertThat(ReadingRules.check(new Entry("1236.000", "2025-06-10", false, false), today).acceptable()).isTrue();
    }
}
