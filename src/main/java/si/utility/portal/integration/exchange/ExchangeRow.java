package si.utility.portal.integration.exchange;

import java.util.Map;

/**
 * One data row of an exchange CSV file: its values by column name, and where it stood (the line counts the
 * header as line 1, so a report's line is the line an editor shows).
 */
public record ExchangeRow(String file, long line, Map<String, String> values) {

    public ExchangeRow {
        values = Map.copyOf(values);
    }

    /** The value with surrounding blanks removed, or {@code null} when the column is empty or absent. */
    public String value(String column) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
