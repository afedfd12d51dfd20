package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.mail.MailTexts;
import si.utility.portal.staff.domain.StaffAccount;

/** The setup link of a staff account (first admin, invitation, second factor reset), in the account's language. */
@ApplicationScoped
public class StaffMails {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.company.name")
    String companyName;

    public void sendSetupLink(StaffAccount staff, String link, Duration validFor) {
        MailTexts texts = new MailTexts(staff.getLocale());
        outbox.enqueue(texts.linkMail(staff.getEmail(), texts.text("staffSetup.subject", companyName),
                texts.text("staffSetup.intro", staff.getName(), texts.text("staffRole." + staff.getRole()),
                        validFor.toHours()),
                texts.text("staffSetup.action"), link, texts.text("staffSetup.outro"),
                texts.text("signature", companyName)));
    }
}
