package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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

/** The mails about a meter reading entered in the portal (received; reviewed), in the customer's language. */
@ApplicationScoped
public class ConsumptionMails {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.company.name")
    String companyName;

    public void sendReadingConfirmation(PortalAccount account, ConsumptionPoint point, Meter meter,
            MeterReading reading) {
        MailTexts texts = new MailTexts(account.getLocale());
        send(account, texts, texts.text("reading.subject", point.getCode(), companyName),
                texts.text("reading.body", readingDetails(account, texts, point, meter, reading)));
    }

    /** The utility's decision on a reading it reviewed: accepted, or rejected with the clerk's reason. */
    public void sendReviewDecision(PortalAccount account, ConsumptionPoint point, Meter meter,
            MeterReading reading) {
        MailTexts texts = new MailTexts(account.getLocale());
        String kind = reading.isAccepted() ? "readingAccepted" : "readingRejected";
        Object[] details = readingDetails(account, texts, point, meter, reading);
        Object[] arguments = Arrays.copyOf(details, details.length + 1);
        arguments[details.length] = reading.getResultReason() == null ? "–" : reading.getResultReason();
        send(account, texts, texts.text(kind + ".subject", point.getCode(), companyName),
                texts.text(kind + ".body", arguments));
    }

    /** {0} point code, {1} address, {2} meter, {3} value with unit, {4} reading date, {5} when entered. */
    private static Object[] readingDetails(PortalAccount account, MailTexts texts, ConsumptionPoint point,
            Meter meter, MeterReading reading) {
        Locale locale = account.getLocale();
        DateTimeFormatter date = DateTimeFormatter.ofPattern(texts.text("datePattern"), locale);
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(texts.text("dateTimePattern"), locale)
                .withZone(ClockProducer.ZONE);
        String address = point.getAddress();
        String value = DisplayFormats.fixed(reading.getReadingValue(), meter.getDecimals(), locale) + " "
                + DisplayFormats.unit(meter.getMedium().getUnit());
        return new Object[] {point.getCode(), address, meter.getSerialNumber(), value,
                date.format(reading.getReadingDate()), dateTime.format(reading.getEnteredAt())};
    }

    private void send(PortalAccount account, MailTexts texts, String subject, String body) {
        String signature = texts.text("signature", companyName);
        outbox.enqueue(new MailMessage(account.getEmail(), subject, body + "\n\n" + signature,
                texts.html(body, signature)));
    }
}
