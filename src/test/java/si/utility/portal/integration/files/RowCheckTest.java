package si.utility.portal.integration.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;

class RowCheckTest {

    static RowCheck check(String... columnsAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new RowCheck(new ExchangeRow("payers", 7, values));
    }

    static void assertRejected(RowCheck check, String column, String reasonPart) {
        assertThat(check.failed()).as("rejected").isTrue();
        RowResult result = check.rejection();
        assertThat(result.outcome()).isEqualTo(RowOutcome.REJECTED);
        assertThat(result.line()).isEqualTo(7);
        assertThat(result.column()).isEqualTo(column);
        assertThat(result.reason()).startsWith(column).contains(reasonPart);
    }

    @Test
    void requiredValueMissingOrBlankIsRejected() {
        RowCheck check = check("name", "  ");
        assertThat(check.text("name", 10)).isNull();
        assertRejected(check, "name", "is required");
    }

    @Test
    void textIsStrippedAndLimitedToTheColumnLength() {
        assertThat(check("name", " Novak ").text("name", 5)).isEqualTo("Novak");
        RowCheck tooLong = check("name", "Novakovič");
        assertThat(tooLong.text("name", 5)).isNull();
        assertRejected(tooLong, "name", "longer than 5 characters (9)");
    }

    @Test
    void controlCharactersInTextAreRejectedLineBreaksAndTabsToo() {
        for (String value : new String[] {"Koroška\u0000cesta", "Koroška\ncesta", "Koroška\tcesta", "Koroška\u007f"}) {
            RowCheck check = check("street", value);
            check.optionalText("street", 200);
            assertRejected(check, "street", "control characters");
        }
    }

    @Test
    void optionalValuesMayBeEmpty() {
        RowCheck check = check("street", "");
        assertThat(check.optionalText("street", 200)).isNull();
        assertThat(check.optionalDate("removed_on")).isNull();
        assertThat(check.optionalReference("point_external_id")).isNull();
        assertThat(check.version()).isNull();
        assertThat(check.failed()).isFalse();
    }

    @Test
    void externalIdIsRequiredAndAtMost64Characters() {
        RowCheck missing = check();
        missing.externalId();
        assertRejected(missing, "external_id", "is required");
        RowCheck tooLong = check("external_id", "x".repeat(65));
        tooLong.externalId();
        assertRejected(tooLong, "external_id", "longer than 64");
        assertThat(check("external_id", "x".repeat(64)).externalId()).hasSize(64);
    }

    @Test
    void datesAreIso() {
        assertThat(check("d", "2026-12-01").date("d")).isEqualTo(LocalDate.of(2026, 12, 1));
        RowCheck slovenian = check("d", "1.12.2026");
        slovenian.date("d");
        assertRejected(slovenian, "d", "not an ISO date");
        RowCheck impossible = check("d", "2026-02-30");
        impossible.date("d");
        assertRejected(impossible, "d", "not an ISO date");
    }

    @Test
    void decimalsUseAPointAndFitTheColumn() {
        assertThat(check("a", "12.5").decimal("a", 12, 2)).isEqualByComparingTo("12.50").hasToString("12.50");
        assertThat(check("a", "-3").decimal("a", 12, 2)).isEqualByComparingTo("-3");
        RowCheck comma = check("a", "12,50");
        comma.decimal("a", 12, 2);
        assertRejected(comma, "a", "'.' as the decimal point");
        RowCheck exponent = check("a", "1E3");
        exponent.decimal("a", 12, 2);
        assertRejected(exponent, "a", "'.' as the decimal point");
        RowCheck tooPrecise = check("a", "1.234");
        tooPrecise.decimal("a", 12, 2);
        assertRejected(tooPrecise, "a", "more than 2 decimals");
        RowCheck tooLarge = check("a", "12345678901");
        tooLarge.decimal("a", 12, 2);
        assertRejected(tooLarge, "a", "more than 10 digits before the decimal point");
        RowCheck negative = check("a", "-0.01");
        negative.nonNegativeDecimal("a", 12, 2);
        assertRejected(negative, "a", "must not be negative");
    }

    @Test
    void wholeNumbersWithinTheirRange() {
        assertThat(check("n", "5").integer("n", 1, 12)).isEqualTo(5);
        RowCheck outside = check("n", "13");
        outside.integer("n", 1, 12);
        assertRejected(outside, "n", "must be from 1 to 12, was 13");
        RowCheck fraction = check("n", "5.0");
        fraction.integer("n", 1, 12);
        assertRejected(fraction, "n", "not a whole number");
    }

    @Test
    void versionIsAWholeNumberOfAtLeastZero() {
        assertThat(check("version", "42").version()).isEqualTo(42L);
        RowCheck negative = check("version", "-1");
        negative.version();
        assertRejected(negative, "version", "must be 0 or more");
        RowCheck text = check("version", "v2");
        text.version();
        assertRejected(text, "version", "not a whole number");
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(check("metered", "true").bool("metered")).isTrue();
        assertThat(check("metered", "false").bool("metered")).isFalse();
        RowCheck yes = check("metered", "yes");
        yes.bool("metered");
        assertRejected(yes, "metered", "must be true or false, was yes");
    }

    @Test
    void enumValuesAreLowerCase() {
        assertThat(check("medium", "cold_water").oneOf("medium", Medium.class)).isEqualTo(Medium.COLD_WATER);
        RowCheck upper = check("medium", "COLD_WATER");
        upper.oneOf("medium", Medium.class);
        assertRejected(upper, "medium", "must be one of cold_water, hot_water, heat, gas; was COLD_WATER");
    }

    @Test
    void theFirstBrokenRuleIsTheOneReported() {
        RowCheck check = check("a", "x", "b", "y");
        check.date("a");
        check.date("b");
        assertRejected(check, "a", "x");
    }

    @Test
    void aValueThatBreaksARuleReadsAsNull() {
        RowCheck check = check("a", "x");
        BigDecimal value = check.decimal("a", 5, 2);
        assertThat(value).isNull();
    }
}
