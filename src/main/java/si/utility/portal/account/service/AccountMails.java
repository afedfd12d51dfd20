package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.mail.MailTexts;
import si.utility.portal.platform.validation.EmailAddresses;

/** The account lifecycle's e-mails, in the customer's language, as plain text and HTML. */
@ApplicationScoped
public class AccountMails {

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

    /** To the current (old) address, at once when a change is asked for: a link that stops the change. */
    public void sendEmailChangeRequested(PortalAccount account, String stopLink, Duration validFor) {
        send(account, account.getEmail(), "emailChangeRequested", stopLink, validFor.toHours());
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

    /** The utility detached the account from its payer: its e-mail owner learns it, with the office's number. */
    public void sendDetached(PortalAccount account) {
        notice(account, account.getEmail(), "accountDetached", account.getPayer().getCode(), phone);
    }

    public void sendPasswordChanged(PortalAccount account) {
        notice(account, account.getEmail(), "passwordChanged", account.getPayer().getCode(), phone);
    }

    private void notice(PortalAccount account, String to, String kind, Object... args) {
        MailTexts texts = new MailTexts(account.getLocale());
        String body = texts.text(kind + ".body", args);
        String signature = texts.text("signature", companyName);
        outbox.enqueue(new MailMessage(to, texts.text(kind + ".subject", companyName), body + "\n\n" + signature,
                texts.html(body, signature)));
    }

    private void send(PortalAccount account, String to, String kind, String link, long validFor) {
        MailTexts texts = new MailTexts(account.getLocale());
        outbox.enqueue(texts.linkMail(to, texts.text(kind + ".subject", companyName),
                texts.text(kind + ".intro", account.getPayer().getCode(), validFor), texts.text(kind + ".action"),
                link, texts.text(kind + ".outro"), texts.text("signature", companyName)));
    }
}
