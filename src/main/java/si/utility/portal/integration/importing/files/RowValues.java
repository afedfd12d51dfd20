package si.utility.portal.integration.importing.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import si.utility.portal.integration.exchange.ExchangeRow;

/** Reads typed values of a row; a value that does not parse is a {@link RowRejected} naming its column. */
final class RowValues {

    private final ExchangeRow row;

    RowValues(ExchangeRow row) {
        this.row = row;
    }

    String required(String column, int maxLength) {
        String value = row.value(column);
        if (value == null) {
            throw new RowRejected(column, column + " is required");
        }
        return text(column, value, maxLength);
    }

    String optional(String column, int maxLength) {
        String value = row.value(column);
        return value == null ? null : text(column, value, maxLength);
    }

    private static String text(String column, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new RowRejected(column, column + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    LocalDate date(String column) {
        String value = required(column, 10);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, column + " \"" + value + "\" is not a date of the form 2026-01-31");
        }
    }

    BigDecimal decimal(String column, int precision, int scale) {
        String value = required(column, 40);
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowRejected(column, column + " \"" + value + "\" is not a number with a '.' for decimals");
        }
        if (number.signum() < 0) {
            throw new RowRejected(column, column + " must not be negative");
        }
        if (number.scale() > scale || number.precision() - number.scale() > precision - scale) {
            throw new RowRejected(column, column + " \"" + value + "\" has more than " + (precision - scale)
                    + " digits before or " + scale + " after the decimal point");
        }
        return number;
    }

    Long version() {
        String value = optional("version", 19);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RowRejected("version", "version \"" + value + "\" is not a whole number");
        }
    }

    /** An older version than the one held is rejected; a row without version always applies. */
    static void checkNotOlder(Long held, Long given) {
        if (held != null && given != null && given < held) {
            throw new RowRejected("version", "version " + given + " is older than version " + held
                    + " the portal holds");
        }
    }
}
