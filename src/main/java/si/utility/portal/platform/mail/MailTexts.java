package si.utility.portal.platform.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import si.utility.portal.platform.web.HtmlEscaper;

/**
 * The texts of the portal's e-mails ({@code i18n/mail*.properties}) in one language, and the HTML part built from
 * them: every text escaped, one paragraph each, so nothing a customer typed can become markup.
 */
public final class MailTexts {

    private static final String BUNDLE = "si.utility.portal.i18n.mail";

    private final Locale locale;
    private final ResourceBundle bundle;

    public MailTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The text under {@code key} with its {@code {0}}, {@code {1}}, ... filled in for this language. */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** An HTML document of this language with one paragraph per text; line breaks are kept. */
    public String html(String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>");
        for (String paragraph : paragraphs) {
            html.append(paragraph(paragraph));
        }
        return html.append("</body></html>").toString();
    }

    /**
     * A mail whose point is one link (activation, reset, setup): the introduction, the link under its action's
     * words, the closing text and the signature, as plain text and as HTML.
     */
    public MailMessage linkMail(String to, String subject, String intro, String action, String link, String outro,
            String signature) {
        String text = String.join("\n\n", intro, action + ":\n" + link, outro, signature);
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>"
                + paragraph(intro)
                + "<p><a href=\"" + HtmlEscaper.escape(link) + "\">" + HtmlEscaper.escape(action) + "</a></p>"
                + paragraph(outro) + paragraph(signature)
                + "</body></html>";
        return new MailMessage(to, subject, text, html);
    }

    /** One escaped paragraph, for HTML parts with more than paragraphs (e.g. a link). */
    public static String paragraph(String text) {
        return "<p>" + HtmlEscaper.escape(text).replace("\n", "<br>") + "</p>";
    }
}
