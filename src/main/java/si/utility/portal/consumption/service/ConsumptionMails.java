package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import si.utility.portal.platform.format.DisplayFormats;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.mail.MailTexts;
import si.utility.portal.platform.time.ClockProducer;

/** The confirmation of a meter reading entered in the portal, in the customer's language. */
@ApplicationScoped
public class ConsumptionMails {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.company.name")
    String companyName;

    public void sendReadingConfirmation(PortalAccount account, ConsumptionPoint point, Meter meter,
            MeterReading reading) {
        Locale locale = account.getLocale();
        MailTexts texts = new MailTexts(locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(texts.text("datePattern"), locale);
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(texts.text("dateTimePattern"), locale)
                .withZone(ClockProducer.ZONE);
        String address = point.getStreet() + ", " + point.getPostCode() + " " + point.getCity();
        String value = DisplayFormats.fixed(reading.getReadingValue(), meter.getDecimals(), locale) + " "
                + DisplayFormats.unit(meter.getMedium().getUnit());
        String subject = texts.text("reading.subject", point.getCode(), companyName);
        String body = texts.text("reading.body", point.getCode(), address, meter.getSerialNumber(), value,
                date.format(reading.getReadingDate()), dateTime.format(reading.getEnteredAt()));
        String signature = texts.text("signature", companyName);
        outbox.enqueue(new MailMessage(account.getEmail(), subject, body + "\n\n" + signature,
                texts.html(body, signature)));
    }
}
