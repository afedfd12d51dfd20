package si.utility.portal.contact.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.consumption.service.ConsumptionPointService;
import si.utility.portal.contact.domain.ContactMessage;
import si.utility.portal.contact.domain.ContactReply;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.mail.MailTexts;
import si.utility.portal.platform.time.ClockProducer;

/**
 * A customer's message forwarded to the utility's mailbox, in Slovenian, with what staff need to act: payer
 * code, account and consumption points. Customer input goes only into the body (escaped in the HTML part),
 * never into a header, so it cannot inject one.
 */
@ApplicationScoped
public class ContactMails {

    private static final Locale STAFF = Locale.forLanguageTag("sl");
    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("dd. MM. yyyy HH:mm", STAFF)
            .withZone(ClockProducer.ZONE);

    @Inject
    MailOutbox outbox;

    @Inject
    ContactSettings settings;

    @Inject
    ConsumptionPointService points;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.company.name")
    String companyName;

    void sendToUtility(PortalAccount account, ContactMessage message) {
        MailTexts texts = new MailTexts(STAFF);
        Payer payer = account.getPayer();
        String pointList = points.findForPayer(payer.getId()).stream()
                .map(p -> p.getCode() + " – " + p.getStreet() + ", " + p.getPostCode() + " " + p.getCity())
                .collect(Collectors.joining("\n"));
        String subject = texts.text("contact.subject", payer.getCode());
        String details = texts.text("contact.details", payer.getCode(), payer.getName(), account.getEmail(),
                message.getSenderName(), message.getSenderEmail(), SUBMITTED.format(message.getSubmittedAt()),
                pointList.isEmpty() ? "–" : pointList);
        String heading = texts.text("contact.message") + ":";
        String text = details + "\n\n" + heading + "\n" + message.getBody();
        outbox.enqueue(new MailMessage(settings.mailbox(), subject, text,
                texts.html(details, heading, message.getBody())));
    }

    /** The clerk's reply, to the address the customer wrote from, in the account's language, with their message. */
    void sendReply(ContactMessage message, ContactReply reply) {
        PortalAccount account = em.find(PortalAccount.class, message.getAccountId());
        MailTexts texts = new MailTexts(account == null ? STAFF : account.getLocale());
        String intro = texts.text("contactReply.intro", SUBMITTED.format(message.getSubmittedAt()));
        String yours = texts.text("contactReply.yourMessage") + ":\n" + message.getBody();
        String signature = texts.text("contactReply.signature", reply.getStaffName(), companyName);
        outbox.enqueue(new MailMessage(message.getSenderEmail(), texts.text("contactReply.subject", companyName),
                String.join("\n\n", intro, reply.getBody(), signature, yours),
                texts.html(intro, reply.getBody(), signature, yours)));
    }
}
