package si.utility.portal.integration.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.RowResult;
import si.utility.portal.platform.persistence.SourceKey;

/**
 * Reads the typed values of one exchange row (docs/exchange-format.md: ISO dates, {@code .} decimals, lower-case
 * enum values, one line of text) and remembers the first column that breaks a rule, with a reason in English. A value that breaks
 * a rule reads as {@code null}; callers check {@link #failed()} before using any.
 */
public final class RowCheck {

    public static final String EXTERNAL_ID = "external_id";
    public static final String VERSION = "version";

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");

    private final ExchangeRow row;
    private RowResult rejection;

    public RowCheck(ExchangeRow row) {
        this.row = row;
    }

    public ExchangeRow row() {
        return row;
    }

    /** The row's own key: required, at most 64 characters. */
    public String externalId() {
        return text(EXTERNAL_ID, SourceKey.MAX_EXTERNAL_ID_LENGTH);
    }

    /** The row's version in the billing system: optional, a whole number of at least 0. */
    public Long version() {
        String value = row.value(VERSION);
        if (value == null) {
            return null;
        }
        Long version = wholeNumber(VERSION, value);
        if (version != null && version < 0) {
            return reject(VERSION, "must be 0 or more, was " + value);
        }
        return version;
    }

    /** A reference to another record by its external_id: required. */
    public String reference(String column) {
        return text(column, SourceKey.MAX_EXTERNAL_ID_LENGTH);
    }

    public String optionalReference(String column) {
        return optionalText(column, SourceKey.MAX_EXTERNAL_ID_LENGTH);
    }

    public String text(String column, int maxLength) {
        return required(column) ? optionalText(column, maxLength) : null;
    }

    public String optionalText(String column, int maxLength) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return reject(column, "is longer than " + maxLength + " characters (" + value.length() + ")");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return reject(column, "contains control characters (line breaks, tabs or others)");
        }
        return value;
    }

    public LocalDate date(String column) {
        return required(column) ? optionalDate(column) : null;
    }

    public LocalDate optionalDate(String column) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return reject(column, "is not an ISO date (yyyy-mm-dd): " + value);
        }
    }

    /** A decimal with {@code .}, at most {@code scale} decimals and {@code precision} digits in all. */
    public BigDecimal decimal(String column, int precision, int scale) {
        return required(column) ? optionalDecimal(column, precision, scale) : null;
    }

    public BigDecimal optionalDecimal(String column, int precision, int scale) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        if (!PLAIN_DECIMAL.matcher(value).matches()) {
            return reject(column, "is not a decimal number with '.' as the decimal point: " + value);
        }
        BigDecimal number = new BigDecimal(value);
        if (number.scale() > scale) {
            return reject(column, "has more than " + scale + " decimals: " + value);
        }
        if (number.precision() - number.scale() > precision - scale) {
            return reject(column, "has more than " + (precision - scale) + " digits before the decimal point: "
                    + value);
        }
        return number.setScale(scale);
    }

    public BigDecimal nonNegativeDecimal(String column, int precision, int scale) {
        BigDecimal number = decimal(column, precision, scale);
        return number != null && number.signum() < 0 ? reject(column, "must not be negative: " + row.value(column))
                : number;
    }

    public Integer integer(String column, int min, int max) {
        if (!required(column)) {
            return null;
        }
        String value = row.value(column);
        Long number = wholeNumber(column, value);
        if (number == null) {
            return null;
        }
        if (number < min || number > max) {
            return reject(column, "must be from " + min + " to " + max + ", was " + value);
        }
        return number.intValue();
    }

    /** {@code true} or {@code false}. */
    public Boolean bool(String column) {
        if (!required(column)) {
            return null;
        }
        return switch (row.value(column)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> reject(column, "must be true or false, was " + row.value(column));
        };
    }

    /** One of the enum's values, written in lower case ({@code cold_water}). */
    public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
        if (!required(column)) {
            return null;
        }
        String value = row.value(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        return reject(column, "must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + "; was " + value);
    }

    /** Records a broken rule of the row (the first one counts) and answers {@code null}, for {@code return}. */
    public <T> T reject(String column, String reason) {
        if (rejection == null) {
            rejection = RowResult.rejected(row, column, column == null ? reason : column + " " + reason);
        }
        return null;
    }

    public boolean failed() {
        return rejection != null;
    }

    /** The first broken rule; only when {@link #failed()}. */
    public RowResult rejection() {
        return rejection;
    }

    private boolean required(String column) {
        if (row.value(column) == null) {
            reject(column, "is required");
            return false;
        }
        return true;
    }

    private Long wholeNumber(String column, String value) {
        if (!DIGITS.matcher(value).matches()) {
            return reject(column, "is not a whole number: " + value);
        }
        return Long.valueOf(value);
    }
}
