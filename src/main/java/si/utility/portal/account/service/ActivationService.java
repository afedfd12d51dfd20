package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.web.PortalLinks;

/** Activation of a registered account through the link in its e-mail, and a new link on request. */
@ApplicationScoped
public class ActivationService {

    private static final Logger LOG = Logger.getLogger(ActivationService.class.getName());

    @Inject
    Tokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    @Inject
    PortalLinks links;

    @Inject
    AccountEvents events;

    @Inject
    Clock clock;

    @Inject
    CustomerAudit audit;

    @Transactional
    public Tokens.State activate(String rawToken) {
        Tokens.Lookup lookup = tokens.find(rawToken, TokenPurpose.ACTIVATION);
        if (lookup.state() == Tokens.State.VALID) {
            PortalAccount account = lookup.token().getAccount();
            tokens.use(lookup.token());
            account.activate(clock.instant());
            events.record(account, AccountEventType.ACTIVATED);
            audit.record(account, AuditAction.CUSTOMER_ACTIVATED, null);
            LOG.info(() -> "Activated portal account " + account.getId());
        }
        return lookup.state();
    }

    /**
     * Mails a new activation link when the login names an account still waiting for activation. Says
     * nothing either way, so the answer does not tell who has an account.
     */
    @Transactional
    public void resendActivation(String login) {
        accounts.findByLogin(login)
                .filter(account -> !account.isActive())
                .ifPresent(account -> {
                    String token = tokens.issue(account, TokenPurpose.ACTIVATION, settings.activationLifetime());
                    mails.sendActivation(account, links.withToken("/account/activate", token),
                            settings.activationLifetime());
                });
    }
}
