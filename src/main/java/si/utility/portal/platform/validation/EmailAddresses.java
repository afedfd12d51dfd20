package si.utility.portal.platform.validation;

import java.util.regex.Pattern;

/** Syntax check of e-mail addresses as customers type them: one @, a dotted domain, no spaces. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SYNTAX = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        if (address == null) {
            return false;
        }
        String candidate = address.strip();
        return candidate.length() <= MAX_LENGTH
                && SYNTAX.matcher(candidate).matches()
                && !candidate.contains("..")
                && !candidate.startsWith(".")
                && candidate.indexOf('@') > 0
                && !candidate.substring(0, candidate.indexOf('@')).endsWith(".");
    }

    /** The address as a notice may show it to someone who already knows it: {@code ja***@example.si}. */
    public static String masked(String address) {
        int at = address.indexOf('@');
        if (at < 0) {
            return "***";
        }
        return address.substring(0, Math.min(2, at)) + "***" + address.substring(at);
    }
}
