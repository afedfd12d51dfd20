package si.utility.portal.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.account.service.ProfileService;
import si.utility.portal.platform.web.LanguageChosen;

/** A signed-in customer who switches the language gets the account's e-mails in that language too. */
@ApplicationScoped
public class AccountLanguage {

    @Inject
    SignedInCustomer customer;

    @Inject
    ProfileService profile;

    void onLanguageChosen(@Observes LanguageChosen chosen) {
        if (customer.isSignedIn()) {
            profile.changeLanguage(customer.accountId(), chosen.locale());
        }
    }
}
