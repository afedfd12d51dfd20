package si.utility.portal.account.domain;

import java.util.Arrays;
import java.util.List;
import si.utility.portal.platform.validation.Violations;

/**
 * What a new consent text version must be: both languages, each 1 to {@value #MAX_LENGTH} characters after
 * surrounding white space is dropped. The text is plain: paragraphs are separated by blank lines and the page
 * shows it as text, never as markup.
 */
public final class ConsentTextRules {

    public static final String TEXT_SL = "textSl";
    public static final String TEXT_EN = "textEn";
    public static final int MAX_LENGTH = 4000;

    private ConsentTextRules() {
    }

    public static Violations check(String textSl, String textEn) {
        Violations violations = new Violations();
        checkOne(violations, TEXT_SL, textSl);
        checkOne(violations, TEXT_EN, textEn);
        return violations;
    }

    private static void checkOne(Violations violations, String field, String text) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            violations.add(field, "staff.consent.textRequired");
        } else if (clean.length() > MAX_LENGTH) {
            violations.add(field, "staff.consent.textTooLong");
        }
    }

    /** Surrounding white space dropped, line breaks as plain line feeds (browsers post CR LF). */
    public static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The paragraphs of a text: the parts between blank lines, each stripped; empty parts dropped. */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(clean(text).split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
