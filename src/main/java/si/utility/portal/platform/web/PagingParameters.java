package si.utility.portal.platform.web;

import java.util.Map;

/**
 * The paging parameters a PrimeFaces data table posts ({@code <table id>_first}, {@code <table id>_rows}): the
 * table takes them over into its state unchecked, so a negative, zero or non-numeric value breaks the request and
 * every later request on the same view. A real paginator sends only the row offset of a page and its row count.
 */
public final class PagingParameters {

    /** More rows than any page of the portal shows; also keeps first + rows far from integer overflow. */
    static final int MAX_ROWS = 1_000;
    static final int MAX_FIRST = 100_000_000;

    private PagingParameters() {
    }

    /** Whether every paging parameter among the request's parameters is one a paginator could have sent. */
    public static boolean areValid(Map<String, String[]> parameters) {
        return parameters.entrySet().stream().allMatch(parameter -> isValid(parameter.getKey(), parameter.getValue()));
    }

    private static boolean isValid(String name, String[] values) {
        if (name.endsWith("_first")) {
            return values.length == 1 && inRange(values[0], 0, MAX_FIRST);
        }
        if (name.endsWith("_rows")) {
            return values.length == 1 && inRange(values[0], 1, MAX_ROWS);
        }
        return true;
    }

    private static boolean inRange(String value, int min, int max) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= min && number <= max;
    }
}
