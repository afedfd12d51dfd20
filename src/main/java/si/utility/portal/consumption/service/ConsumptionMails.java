package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.consumption.domain.ConsumptionPoint;
import si.utility.portal.consumption.domain.Meter;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.MailOutbox;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.platform.web.HtmlEscaper;

/** The confirmation of a meter reading entered in the portal, in the customer's language. */
@ApplicationScoped
public class ConsumptionMails {

    private static final String BUNDLE = "si.utility.portal.i18n.mail";

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.company.name")
    String companyName;

    public void sendReadingConfirmation(PortalAccount account, ConsumptionPoint point, Meter meter,
            MeterReading reading) {
        Locale locale = account.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ClockProducer.ZONE);
        String address = point.getStreet() + ", " + point.getPostCode() + " " + point.getCity();
        String value = reading.getReadingValue().stripTrailingZeros().toPlainString().replace('.',
                locale.getLanguage().equals("en") ? '.' : ',') + " " + meter.getMedium().getUnit();
        String subject = format(bundle, "reading.subject", locale, point.getCode(), companyName);
        String body = format(bundle, "reading.body", locale, point.getCode(), address, meter.getSerialNumber(),
                value, date.format(reading.getReadingDate()), dateTime.format(reading.getEnteredAt()));
        String signature = format(bundle, "signature", locale, companyName);
        String text = body + "\n\n" + signature;
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body><p>"
                + HtmlEscaper.escape(body).replace("\n", "<br>") + "</p><p>"
                + HtmlEscaper.escape(signature).replace("\n", "<br>") + "</p></body></html>";
        outbox.enqueue(new MailMessage(account.getEmail(), subject, text, html));
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
