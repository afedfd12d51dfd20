package si.utility.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.Payer;
import si.utility.portal.consumption.domain.ConsumptionPoint;
import si.utility.portal.platform.security.PasswordHasher;

/** Creates a fresh payer for one test, so tests never share accounts or depend on each other's order. */
@ApplicationScoped
public class TestData {

    /** What a customer would read off a paper invoice. */
    public record NewPayer(String payerCode, String invoiceNumber, String name) {

        /** A unique e-mail address for this payer's test account. */
        public String email() {
            return "payer" + payerCode + "@test.example";
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ConsentService consents;

    @Transactional
    public NewPayer newPayer() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = String.valueOf(random.nextLong(10_000_000L, 99_999_999L));
        String invoiceNumber = String.valueOf(random.nextLong(900_000_000L, 999_999_999L));
        String name = "TESTNI PLAČNIK " + code;
        Payer payer = new Payer(code, name, "Testna ulica 1", "3320", "Velenje");
        em.persist(payer);
        ConsumptionPoint point = new ConsumptionPoint("T-" + code, payer, "Testna ulica 1", "3320", "Velenje",
                false, List.of());
        em.persist(point);
        LocalDate issued = LocalDate.now().minusMonths(1);
        em.persist(new Invoice(invoiceNumber, payer, point, issued, issued.plusDays(14), issued.withDayOfMonth(1),
                issued.withDayOfMonth(issued.lengthOfMonth()), "SI12 " + code + "-" + invoiceNumber));
        return new NewPayer(code, invoiceNumber, name);
    }

    /** A fresh payer with an activated portal account that has not given consent yet. */
    @Transactional
    public NewPayer newActiveAccount(String password) {
        NewPayer payer = newPayer();
        Payer entity = em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class)
                .setParameter("code", payer.payerCode())
                .getSingleResult();
        PortalAccount account = new PortalAccount(entity, payer.email(), hasher.hash(password), Locale.ENGLISH,
                Instant.now());
        account.activate(Instant.now());
        em.persist(account);
        return payer;
    }

    /** The portal account registered for a payer code, as stored. */
    @Transactional
    public Optional<PortalAccount> accountOf(String payerCode) {
        return em.createQuery("SELECT a FROM PortalAccount a WHERE a.payer.code = :code", PortalAccount.class)
                .setParameter("code", payerCode)
                .getResultStream()
                .findFirst();
    }

    /**
     * A fresh payer whose account is already activated, for tests about what comes after registration.
     * With {@code consented} the account has also accepted the current consent text, so the portal opens.
     */
    @Transactional
    public NewPayer newActiveAccount(String password, boolean consented) {
        NewPayer payer = newActiveAccount(password);
        if (consented) {
            em.flush();
            consents.accept(accountOf(payer.payerCode()).orElseThrow().getId());
        }
        return payer;
    }
}
