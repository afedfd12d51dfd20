package si.utility.portal.consumption.domain;

import java.time.YearMonth;
import si.utility.portal.platform.validation.Violations;

/**
 * The months a consumption chart covers (od meseca – do meseca). Bounded to the last {@value #MAX_YEARS}
 * calendar years up to December of the current one: the apportioning makes one period per month, so an
 * unbounded range (a forged {@code +999999999-12}) would cost the server without end.
 */
public record ChartRange(YearMonth from, YearMonth to) {

    public static final int MAX_YEARS = 50;
    public static final String FROM = "from";
    public static final String TO = "to";

    /**
     * The range, when both months lie in the allowed years and {@code from} is not after {@code to}.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException naming the field otherwise
     */
    public static ChartRange check(YearMonth from, YearMonth to, YearMonth current) {
        YearMonth earliest = YearMonth.of(current.getYear() - MAX_YEARS + 1, 1);
        YearMonth latest = YearMonth.of(current.getYear(), 12);
        Violations violations = new Violations();
        if (from.isBefore(earliest) || from.isAfter(latest)) {
            violations.add(FROM, "readings.monthOutOfRange");
        }
        if (to.isBefore(earliest) || to.isAfter(latest)) {
            violations.add(TO, "readings.monthOutOfRange");
        }
        if (violations.isEmpty() && from.isAfter(to)) {
            violations.add(FROM, "readings.rangeReversed");
        }
        violations.throwIfAny();
        return new ChartRange(from, to);
    }
}
