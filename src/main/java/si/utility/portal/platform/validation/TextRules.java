package si.utility.portal.platform.validation;

/** The rule of a free text a person types into one field: present (if required), not too long, plain text. */
public final class TextRules {

    private TextRules() {
    }

    /**
     * @param requiredKey the message when the text is empty, or null when it may be empty
     * @return the first rule the text breaks, as a violation of {@code field}; none when it keeps them all
     */
    public static Violations check(String field, String text, int maxLength, String requiredKey,
            String tooLongKey) {
        Violations violations = new Violations();
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return requiredKey == null ? violations : violations.add(field, requiredKey);
        }
        if (stripped.length() > maxLength) {
            return violations.add(field, tooLongKey);
        }
        return PlainText.hasControlCharacters(stripped) ? violations.add(field, PlainText.MESSAGE_KEY) : violations;
    }
}
