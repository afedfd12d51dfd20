package si.utility.portal.consumption.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import si.utility.portal.platform.validation.Violations;

/**
 * The rules for a meter reading a customer enters (vnos števčnega stanja). Errors block the entry; doubts
 * (implausibly high use, replacing today's earlier entry) need the customer's explicit confirmation.
 */
public final class ReadingRules {

    public static final String VALUE = "value";
    public static final String DATE = "date";
    public static final String METER = "meter";
    /** A date as the form's date field sends it: a four-digit year, which every database can store. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** What the customer must confirm before an entry is stored. */
    public enum Doubt {
        /** Use per day is more than the implausibility factor times the usual (default 3). */
        IMPLAUSIBLE,
        /** A portal reading for this meter and day exists; the new one replaces it. */
        REPLACES_EARLIER
    }

    /** The meter and what is known about it when the entry is checked. */
    public record Context(int digits, int decimals, LocalDate installedOn, LocalDate removedOn,
            Optional<ReadingValue> previous, Optional<BigDecimal> portalReadingSameDay, OptionalDouble usualDailyRate,
            LocalDate today, double implausibleFactor) {
    }

    /** What the customer typed, and what they confirmed. */
    public record Entry(String value, String date, boolean confirmedImplausible, boolean confirmedReplace) {
    }

    /** The outcome: errors, the doubts still unconfirmed, and the parsed value and date when they are valid. */
    public record Result(Violations violations, Set<Doubt> doubts, BigDecimal value, LocalDate date) {

        public boolean acceptable() {
            return violations.isEmpty() && doubts.isEmpty();
        }
    }

    private ReadingRules() {
    }

    public static Result check(Entry entry, Context meter) {
        Violations violations = new Violations();
        BigDecimal value = parseValue(entry.value(), violations);
        LocalDate date = parseDate(entry.date(), violations);
        if (value != null) {
            if (value.signum() < 0) {
                violations.add(VALUE, "reading.negative");
            } else if (Math.max(0, value.scale()) > meter.decimals()) {
                violations.add(VALUE, meter.decimals() == 0 ? "reading.noDecimals" : "reading.tooManyDecimals");
            } else if (value.precision() - value.scale() > meter.digits()) {
                violations.add(VALUE, "reading.tooManyDigits");
            }
        }
        if (date != null) {
            if (date.isAfter(meter.today())) {
                violations.add(DATE, "reading.future");
            } else if (date.isBefore(meter.installedOn())
                    || meter.removedOn() != null && date.isAfter(meter.removedOn())) {
                violations.add(DATE, "reading.outsideMeterLife");
            } else if (meter.previous().isPresent() && date.isBefore(meter.previous().get().date())) {
                violations.add(DATE, "reading.beforePrevious");
            }
        }
        Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
        if (violations.isEmpty() && meter.previous().isPresent()) {
            ReadingValue previous = meter.previous().get();
            // Readings of another (replaced) meter are never "previous": they are not passed in.
            if (value.compareTo(previous.value()) < 0) {
                violations.add(VALUE, "reading.belowPrevious");
            } else if (!entry.confirmedImplausible() && implausible(value, date, previous, meter)) {
                doubts.add(Doubt.IMPLAUSIBLE);
            }
        }
        if (violations.isEmpty() && meter.portalReadingSameDay().isPresent() && !entry.confirmedReplace()
                && meter.portalReadingSameDay().get().compareTo(value) != 0) {
            doubts.add(Doubt.REPLACES_EARLIER);
        }
        return violations.isEmpty() ? new Result(violations, doubts, value, date)
                : new Result(violations, doubts, null, null);
    }

    /** Far more per day than usual; without a usual rate nothing is implausible. */
    static boolean implausible(BigDecimal value, LocalDate date, ReadingValue previous, Context meter) {
        if (meter.usualDailyRate().isEmpty() || meter.usualDailyRate().getAsDouble() <= 0) {
            return false;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(previous.date(), date));
        double rate = value.subtract(previous.value()).doubleValue() / days;
        return rate > meter.implausibleFactor() * meter.usualDailyRate().getAsDouble();
    }

    /** Accepts a decimal comma or point, spaces and dots as thousands separators are not accepted. */
    static BigDecimal parseValue(String text, Violations violations) {
        if (text == null || text.isBlank()) {
            violations.add(VALUE, "reading.valueRequired");
            return null;
        }
        String normalized = text.strip().replace(',', '.');
        if (!normalized.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            violations.add(VALUE, "reading.valueInvalid");
            return null;
        }
        return new BigDecimal(normalized);
    }

    static LocalDate parseDate(String text, Violations violations) {
        if (text == null || text.isBlank()) {
            violations.add(DATE, "reading.dateRequired");
            return null;
        }
        Optional<LocalDate> date = date(text);
        if (date.isEmpty()) {
            violations.add(DATE, "reading.dateInvalid");
        }
        return date.orElse(null);
    }

    /**
     * The date typed, when it is a real day of the years 1 to 9999 written as yyyy-mm-dd; services look up
     * nothing by a date before this said yes (a year like 99999 is refused by the database, not by a rule).
     */
    public static Optional<LocalDate> date(String text) {
        if (text == null || !ISO_DATE.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
