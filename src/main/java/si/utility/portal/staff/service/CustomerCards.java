package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.service.ActivationService;
import si.utility.portal.account.service.ConsentHistoryEntry;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.consumption.service.ReadingReview;
import si.utility.portal.consumption.service.ReadingReview.ReviewItem;
import si.utility.portal.contact.service.ContactService;
import si.utility.portal.contact.service.SentMessage;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.PointOccupancy;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditFilter;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.audit.AuditSearch;
import si.utility.portal.platform.time.ClockProducer;

/**
 * The customer card of the back office: a payer, the points with the periods they were the payer's, and the
 * portal account (state, consents, last log-ins, messages, readings entered); and what a clerk can do for the
 * customer who calls. Every opening of a card is audited: clerks see personal data.
 */
@ApplicationScoped
public class CustomerCards {

    static final int LAST_LOGINS = 10;
    static final int READINGS_ENTERED = 20;

    public record Occupancy(String pointCode, String address, LocalDate from, LocalDate to) {
    }

    public record Account(long id, String email, String displayName, String state, String blockedReason,
            LocalDateTime createdAt,
            LocalDateTime activatedAt, List<ConsentHistoryEntry> consents, List<LocalDateTime> lastLogins,
            List<SentMessage> messages, List<ReviewItem> readingsEntered) {
    }

    public record Card(long payerId, String payerCode, String name, String address, List<Occupancy> points,
            Optional<Account> account) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ConsentService consents;

    @Inject
    ContactService contact;

    @Inject
    ReadingReview readings;

    @Inject
    ActivationService activation;

    @Inject
    AuditSearch auditSearch;

    @Inject
    AuditLog audit;

    @Transactional
    public Optional<Card> open(StaffMember clerk, long payerId) {
        Payer payer = em.find(Payer.class, payerId);
        if (payer == null) {
            return Optional.empty();
        }
        Optional<PortalAccount> account = accountOf(payer);
        audit.record(clerk.actor(), AuditAction.CUSTOMER_CARD_VIEWED, payerId, account.map(PortalAccount::getId)
                .orElse(null), null);
        List<Occupancy> points = em.createNamedQuery(PointOccupancy.FIND_BY_PAYER, PointOccupancy.class)
                .setParameter("payerId", payerId)
                .getResultStream()
                .map(o -> new Occupancy(o.getConsumptionPoint().getCode(), o.getConsumptionPoint().getAddress(),
                        o.getValidFrom().equals(PointOccupancy.SINCE_EVER) ? null : o.getValidFrom(), o.getValidTo()))
                .toList();
        return Optional.of(new Card(payer.getId(), payer.getCode(), payer.getName(),
                payer.getAddress(), points,
                account.map(this::account)));
    }

    /** A new activation link for a registration that was never activated (the customer lost the mail). */
    @Transactional
    public boolean resendActivation(StaffMember clerk, long payerId) {
        Payer payer = em.find(Payer.class, payerId);
        Optional<PortalAccount> account = payer == null ? Optional.empty() : accountOf(payer);
        if (account.isEmpty() || account.get().isActive()) {
            return false;
        }
        activation.resendActivation(payer.getCode());
        audit.record(clerk.actor(), AuditAction.ACTIVATION_RESENT, payerId, account.get().getId(), null);
        return true;
    }

    /** The payer's portal account, if it has one (also where a clerk starts a view of its pages). */
    Optional<PortalAccount> accountOf(Payer payer) {
        return em.createQuery("SELECT a FROM PortalAccount a WHERE a.payer = :payer", PortalAccount.class)
                .setParameter("payer", payer)
                .getResultStream()
                .findFirst();
    }

    private Account account(PortalAccount account) {
        List<LocalDateTime> logins = auditSearch.page(new AuditFilter(null, null, AuditAction.CUSTOMER_LOGIN,
                        "customer:" + account.getId(), null), 0, LAST_LOGINS).stream()
                .map(event -> LocalDateTime.ofInstant(event.getOccurredAt(), ClockProducer.ZONE))
                .toList();
        return new Account(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getStatus().name(), account.getBlockedReason(), local(account.getCreatedAt()),
                local(account.getActivatedAt()),
                consents.history(account.getId()), logins, contact.history(account.getId()),
                readings.enteredBy(account.getId(), READINGS_ENTERED));
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ClockProducer.ZONE);
    }
}
