package si.utility.portal.platform.web;

import java.util.Locale;

/**
 * Fired when the visitor switches the language in the header. Features that remember a language (the account's
 * e-mails) observe it; the platform knows none of them.
 */
public record LanguageChosen(Locale locale) {
}
