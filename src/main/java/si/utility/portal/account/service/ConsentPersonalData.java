package si.utility.portal.account.service;

import static si.utility.portal.platform.privacy.PersonalDataSection.arrayOf;
import static si.utility.portal.platform.privacy.PersonalDataSection.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import si.utility.portal.platform.privacy.PersonalDataSection;

/** Every consent decision of the account in the personal data export, newest first. */
@ApplicationScoped
public class ConsentPersonalData implements PersonalDataSection {

    @Inject
    ConsentService consents;

    @Override
    public String key() {
        return "consents";
    }

    @Override
    public JsonValue export(long accountId, long payerId) {
        return arrayOf(consents.records(accountId).stream(), record -> Json.createObjectBuilder()
                .add("version", record.getConsentVersion())
                .add("decision", record.getDecision().name())
                .add("decidedAt", text(record.getDecidedAt())));
    }
}
