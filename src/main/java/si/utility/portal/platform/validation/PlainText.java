package si.utility.portal.platform.validation;

/**
 * What any text a person types may contain: no C0 control characters (U+0000 to U+001F) except tab, line feed and
 * carriage return. They cannot be typed on purpose, PostgreSQL refuses NUL in text while Derby stores it, and the
 * others corrupt mails, CSV files and log lines; refusing them keeps both databases alike.
 */
public final class PlainText {

    public static final String MESSAGE_KEY = "text.controlCharacters";

    private PlainText() {
    }

    public static boolean hasControlCharacters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
