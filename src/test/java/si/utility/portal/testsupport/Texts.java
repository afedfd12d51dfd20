package si.utility.portal.testsupport;

import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's own page texts, so tests compare with the bundle instead of copies of it. */
public final class Texts {

    private static final String BUNDLE = "si.utility.portal.i18n.messages";

    private Texts() {
    }

    public static String slovenian(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("sl")).getString(key);
    }

    public static String english(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
    }
}
