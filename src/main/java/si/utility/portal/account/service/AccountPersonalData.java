package si.utility.portal.account.service;

import static si.utility.portal.platform.privacy.PersonalDataSection.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.privacy.PersonalDataSection;

/** The account itself in the personal data export; never the password hash. */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataSection {

    @Inject
    Accounts accounts;

    @Override
    public String key() {
        return "account";
    }

    @Override
    public JsonValue export(long accountId, long payerId) {
        PortalAccount account = accounts.findById(accountId).orElseThrow();
        return Json.createObjectBuilder()
                .add("payerCode", account.getPayer().getCode())
                .add("payerName", account.getPayer().getName())
                .add("displayName", account.getDisplayName())
                .add("email", account.getEmail())
                .add("language", account.getLocale().getLanguage())
                .add("status", account.getStatus().name())
                .add("createdAt", text(account.getCreatedAt()))
                .add("activatedAt", text(account.getActivatedAt()))
                .add("passwordChangedAt", text(account.getPasswordChangedAt()))
                .build();
    }
}
