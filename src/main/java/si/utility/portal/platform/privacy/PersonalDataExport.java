package si.utility.portal.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;

/** "Prenos osebnih podatkov": everything the portal holds about one account, as one JSON object. */
@ApplicationScoped
public class PersonalDataExport {

    @Inject
    Instance<PersonalDataSection> sections;

    @Inject
    Clock clock;

    /** One transaction, so all sections describe the same moment. */
    @Transactional
    public JsonObject export(long accountId, long payerId) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("exportedAt", clock.instant().toString());
        sections.stream()
                .sorted(Comparator.comparing(PersonalDataSection::key))
                .forEach(section -> json.add(section.key(), section.export(accountId, payerId)));
        return json.build();
    }
}
