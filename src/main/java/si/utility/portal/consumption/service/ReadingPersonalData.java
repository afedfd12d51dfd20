package si.utility.portal.consumption.service;

import static si.utility.portal.platform.privacy.PersonalDataSection.arrayOf;
import static si.utility.portal.platform.privacy.PersonalDataSection.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.platform.privacy.PersonalDataSection;

/** The meter readings the account entered through the portal, in the personal data export. */
@ApplicationScoped
public class ReadingPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ConsumptionPointService points;

    @Override
    public String key() {
        return "meterReadings";
    }

    /** Point by point, each with the payer's days of it, so nothing entered for another's days comes along. */
    @Override
    public JsonValue export(long accountId, long payerId) {
        return arrayOf(points.findForPayer(payerId).stream().flatMap(point -> ReadingDays.query(em,
                        MeterReading.FIND_ENTERED_BY_ACCOUNT, MeterReading.class, point.periods().readingDays())
                .setParameter("accountId", accountId)
                .setParameter("pointId", point.getId())
                .getResultStream()), r -> Json.createObjectBuilder()
                        .add("consumptionPoint", r.getMeter().getConsumptionPoint().getCode())
                        .add("meter", r.getMeter().getSerialNumber())
                        .add("readingDate", text(r.getReadingDate()))
                        .add("value", r.getReadingValue())
                        .add("status", r.getStatus().name())
                        .add("enteredAt", text(r.getEnteredAt())));
    }
}
