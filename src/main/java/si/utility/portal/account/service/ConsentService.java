package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.ConsentDecision;
import si.utility.portal.account.domain.ConsentRecord;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.time.ClockProducer;

/** The GDPR consent (Slika 4): the portal opens only to accounts that accepted the current text version. */
@ApplicationScoped
public class ConsentService {

    private static final Map<ConsentDecision, AccountEventType> EVENT_TYPES = Map.of(
            ConsentDecision.ACCEPTED, AccountEventType.CONSENT_GIVEN,
            ConsentDecision.DECLINED, AccountEventType.CONSENT_DECLINED,
            ConsentDecision.WITHDRAWN, AccountEventType.CONSENT_WITHDRAWN);

    private static final Map<ConsentDecision, AuditAction> AUDIT_ACTIONS = Map.of(
            ConsentDecision.ACCEPTED, AuditAction.CONSENT_GIVEN,
            ConsentDecision.DECLINED, AuditAction.CONSENT_DECLINED,
            ConsentDecision.WITHDRAWN, AuditAction.CONSENT_WITHDRAWN);

    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ConsentTexts texts;

    @Inject
    CustomerAudit audit;

    @Inject
    AccountEvents events;

    @Inject
    Clock clock;

    public int currentVersion() {
        return texts.currentVersion();
    }

    public boolean hasConsented(long accountId) {
        return hasConsented(accountId, currentVersion());
    }

    public boolean hasConsented(long accountId, int version) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        return account != null && account.hasConsented(version);
    }

    @Transactional
    public void accept(long accountId) {
        decide(accountId, ConsentDecision.ACCEPTED);
    }

    /**
     * Accepts the version the customer was shown, if it is still the current one; a version published since
     * the page was shown is not accepted unread (nothing is recorded, the page shows the new text).
     */
    @Transactional
    public boolean accept(long accountId, int shownVersion) {
        if (shownVersion != currentVersion()) {
            return false;
        }
        decide(accountId, ConsentDecision.ACCEPTED);
        return true;
    }

    @Transactional
    public void decline(long accountId) {
        decide(accountId, ConsentDecision.DECLINED);
    }

    /** Withdrawal (Moj profil): also ends every session of the account, on every device. */
    @Transactional
    public void withdraw(long accountId) {
        decide(accountId, ConsentDecision.WITHDRAWN).endAllSessions();
    }

    /** The account's decisions, newest first. */
    public List<ConsentHistoryEntry> history(long accountId) {
        return records(accountId).stream()
                .map(r -> new ConsentHistoryEntry(r.getConsentVersion(), r.getDecision(),
                        LocalDateTime.ofInstant(r.getDecidedAt(), ClockProducer.ZONE)))
                .toList();
    }

    public List<ConsentRecord> records(long accountId) {
        return em.createNamedQuery(ConsentRecord.FIND_BY_ACCOUNT, ConsentRecord.class)
                .setParameter("account", em.find(PortalAccount.class, accountId))
                .getResultList();
    }

    private PortalAccount decide(long accountId, ConsentDecision decision) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        int version = currentVersion();
        em.persist(new ConsentRecord(account, version, decision, clock.instant()));
        if (decision == ConsentDecision.ACCEPTED) {
            account.recordConsent(version);
        } else {
            account.withdrawConsent();
        }
        events.record(account, EVENT_TYPES.get(decision));
        audit.record(account, AUDIT_ACTIONS.get(decision), "version " + version);
        LOG.info(() -> "Consent " + decision + " for version " + version + " by portal account " + accountId);
        return account;
    }
}
