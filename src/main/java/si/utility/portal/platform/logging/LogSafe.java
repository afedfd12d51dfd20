package si.utility.portal.platform.logging;

/**
 * Makes user input safe to put into a log line: quoted, at most {@value #MAX_LENGTH} characters, and every control
 * character (CR, LF, NUL, ...) written as an escape, so typed text can neither forge a log line nor flood the log.
 */
public final class LogSafe {

    static final int MAX_LENGTH = 64;

    private LogSafe() {
    }

    /** {@code "text"} with {@code \n}, {@code \r}, {@code \t}, {@code \"}, {@code \\} and {@code \\uXXXX} escapes. */
    public static String quote(String input) {
        if (input == null) {
            return "null";
        }
        StringBuilder safe = new StringBuilder("\"");
        int end = Math.min(input.length(), MAX_LENGTH);
        for (int i = 0; i < end; i++) {
            appendEscaped(safe, input.charAt(i));
        }
        safe.append('"');
        if (input.length() > MAX_LENGTH) {
            safe.append("...(").append(input.length()).append(" chars)");
        }
        return safe.toString();
    }

    private static void appendEscaped(StringBuilder safe, char c) {
        switch (c) {
            case '\n' -> safe.append("\\n");
            case '\r' -> safe.append("\\r");
            case '\t' -> safe.append("\\t");
            case '"' -> safe.append("\\\"");
            case '\\' -> safe.append("\\\\");
            default -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                    safe.append(String.format("\\u%04x", (int) c));
                } else {
                    safe.append(c);
                }
            }
        }
    }
}
