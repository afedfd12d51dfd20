package si.utility.portal.contact.service;

import static si.utility.portal.platform.privacy.PersonalDataSection.arrayOf;
import static si.utility.portal.platform.privacy.PersonalDataSection.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.utility.portal.contact.domain.ContactMessage;
import si.utility.portal.platform.privacy.PersonalDataSection;

/** All of the account's "Stik z nami" messages in the personal data export, newest first. */
@ApplicationScoped
public class ContactPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String key() {
        return "contactMessages";
    }

    @Override
    public JsonValue export(long accountId, long payerId) {
        return arrayOf(em.createNamedQuery(ContactMessage.FIND_BY_ACCOUNT, ContactMessage.class)
                .setParameter("accountId", accountId)
                .getResultStream(), m -> Json.createObjectBuilder()
                        .add("submittedAt", text(m.getSubmittedAt()))
                        .add("name", m.getSenderName())
                        .add("email", m.getSenderEmail())
                        .add("message", m.getBody())
                        .add("status", m.getStatus().name()));
    }
}
