package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import si.utility.portal.account.domain.AccountEvent;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditEvent;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.OutgoingMail;
import si.utility.portal.platform.mail.OutgoingMailSamples;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;

/** Staff accounts and audit rows for the in-container tests of the back office. */
@ApplicationScoped
@Transactional
public class StaffFixtures {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** A set-up account: the password given, the TOTP secret given, enrolled at step 0. */
    public StaffAccount enrolled(StaffRole role, String password, String secret) {
        StaffAccount staff = new StaffAccount("staff-" + UUID.randomUUID() + "@staff.test", "Test " + role, role,
                Locale.forLanguageTag("sl"), clock.instant());
        staff.startSetup(hasher.hash(password), secret);
        staff.confirmSecondFactor(0);
        em.persist(staff);
        return staff;
    }

    public StaffAccount reload(long staffId) {
        return em.find(StaffAccount.class, staffId);
    }

    /** The audit rows of one actor ("staff:12"), oldest first, as their actions. */
    public List<AuditAction> auditActionsOf(String actor) {
        return em.createQuery("SELECT e.action FROM AuditEvent e WHERE e.actor = :actor ORDER BY e.id",
                        AuditAction.class)
                .setParameter("actor", actor)
                .getResultList();
    }

    /** A mail given up after 12 attempts; an empty {@code text} stands for one given up before bodies were kept. */
    public long givenUpMail(String recipient, String text) {
        return persisted(OutgoingMailSamples.givenUp(new MailMessage(recipient, "Preskus", text), clock.instant(),
                12));
    }

    /** A mail that failed once and waits for its next attempt. */
    public long retryingMail(String recipient) {
        return persisted(OutgoingMailSamples.retrying(new MailMessage(recipient, "Preskus", "Besedilo"),
                clock.instant()));
    }

    private long persisted(OutgoingMail mail) {
        em.persist(mail);
        em.flush();
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(mail);
    }

    public List<AuditEvent> auditEventsOf(String actor) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.actor = :actor ORDER BY e.id", AuditEvent.class)
                .setParameter("actor", actor)
                .getResultList();
    }

    public List<AccountEvent> accountEventsOf(long accountId) {
        return em.createQuery("SELECT e FROM AccountEvent e WHERE e.accountId = :id ORDER BY e.id", AccountEvent.class)
                .setParameter("id", accountId)
                .getResultList();
    }
}
