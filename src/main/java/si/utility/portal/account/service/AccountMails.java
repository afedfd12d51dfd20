package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.validation.EmailAddresses;
import si.utility.portal.platform.web.HtmlEscaper;

/** The account lifecycle's e-mails, in the customer's language, as plain text and HTML. */
@ApplicationScoped
public class AccountMails {

    private static final String BUNDLE = "si.utility.portal.i18n.mail";

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.company.name")
    String companyName;

    @Inject
    @ConfigProperty(name = "portal.company.free-phone")
    String phone;

    public void sendActivation(PortalAccount account, String link, Duration validFor) {
        send(account, account.getEmail(), "activation", link, validFor.toHours());
    }

    public void sendPasswordReset(PortalAccount account, String link, Duration validFor) {
        send(account, account.getEmail(), "passwordReset", link, validFor.toMinutes());
    }

    /** To the new address, which becomes the account's only when the link is followed. */
    public void sendEmailChangeLink(PortalAccount account, String newEmail, String link, Duration validFor) {
        send(account, newEmail, "emailChange", link, validFor.toHours());
    }

    /** To an address another account uses: only its owner learns that it is taken. */
    public void sendEmailTaken(PortalAccount account, String newEmail) {
        notice(account, newEmail, "emailTaken");
    }

    /** To the old address, after the change: a customer whose account was taken over learns of it. */
    public void sendEmailChanged(PortalAccount account, String oldEmail) {
        notice(account, oldEmail, "emailChanged", account.getPayer().getCode(),
                EmailAddresses.masked(account.getEmail()), phone);
    }

    public void sendPasswordChanged(PortalAccount account) {
        notice(account, account.getEmail(), "passwordChanged", account.getPayer().getCode(), phone);
    }

    private void notice(PortalAccount account, String to, String kind, Object... args) {
        Locale locale = account.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String subject = format(bundle, kind + ".subject", locale, companyName);
        String body = format(bundle, kind + ".body", locale, args);
        String signature = format(bundle, "signature", locale, companyName);
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>"
                + paragraph(body) + paragraph(signature) + "</body></html>";
        outbox.enqueue(new MailMessage(to, subject, body + "\n\n" + signature, html));
    }

    private void send(PortalAccount account, String to, String kind, String link, long validFor) {
        Locale locale = account.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String subject = format(bundle, kind + ".subject", locale, companyName);
        String intro = format(bundle, kind + ".intro", locale, account.getPayer().getCode(), validFor);
        String action = bundle.getString(kind + ".action");
        String outro = bundle.getString(kind + ".outro");
        String signature = format(bundle, "signature", locale, companyName);
        String text = String.join("\n\n", intro, action + ":\n" + link, outro, signature);
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>"
                + paragraph(intro)
                + "<p><a href=\"" + HtmlEscaper.escape(link) + "\">" + HtmlEscaper.escape(action) + "</a></p>"
                + paragraph(outro) + paragraph(signature)
                + "</body></html>";
        outbox.enqueue(new MailMessage(to, subject, text, html));
    }

    private static String paragraph(String text) {
        return "<p>" + HtmlEscaper.escape(text).replace("\n", "<br>") + "</p>";
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
