package si.utility.portal.staff.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditFilter;

/**
 * The audit search's URL parameters ({@code from}, {@code to} as yyyy-mm-dd, {@code action}, {@code actor},
 * {@code payer}), read the same way by the page and by the CSV export; days from {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}. A part that cannot be read is left out of
 * the filter and named in {@link #invalid()}.
 */
record AuditParameters(AuditFilter filter, List<String> invalid) {

    static final int MAX_LENGTH = 40;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    static AuditParameters of(UnaryOperator<String> parameter) {
        List<String> invalid = new ArrayList<>();
        LocalDate from = date(parameter.apply("from"), "from", invalid);
        LocalDate to = date(parameter.apply("to"), "to", invalid);
        AuditAction action = null;
        String actionName = blankToNull(parameter.apply("action"));
        if (actionName != null) {
            try {
                action = AuditAction.valueOf(actionName);
            } catch (IllegalArgumentException e) {
                invalid.add("action");
            }
        }
        String actor = blankToNull(parameter.apply("actor"));
        if (actor != null && actor.length() > MAX_LENGTH) {
            invalid.add("actor");
            actor = null;
        }
        Long payer = null;
        String payerText = blankToNull(parameter.apply("payer"));
        if (payerText != null && payerText.matches("\\d{1,18}")) {
            payer = Long.valueOf(payerText);
        } else if (payerText != null) {
            invalid.add("payer");
        }
        return new AuditParameters(new AuditFilter(from, to, action, actor, payer), List.copyOf(invalid));
    }

    private static LocalDate date(String text, String name, List<String> invalid) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = value.length() == 10 ? LocalDate.parse(value) : null;
            // Days the databases can store as timestamps, the day after included: year 0 or 9999-12-31 would fail.
            if (date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        invalid.add(name);
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
