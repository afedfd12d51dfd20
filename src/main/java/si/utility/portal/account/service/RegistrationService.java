package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.account.domain.PasswordPolicy;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.Payer;
import si.utility.portal.platform.security.PasswordHasher;
import si.utility.portal.platform.validation.EmailAddresses;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.PortalLinks;

/**
 * Registration of a new portal account: proves the customer holds one of the payer's invoices, then stores
 * an inactive account and mails the activation link, all in one transaction.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Tokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    /** Every rule the form breaks, each on its own field; empty when the account can be created. */
    public Violations check(RegistrationForm form) {
        Violations violations = new Violations();
        Optional<Payer> payer = findPayerHoldingInvoice(form.payerCode(), form.invoiceNumber());
        if (payer.isEmpty()) {
            // One message for both fields: it must not tell which of payer code and invoice was wrong.
            violations.add(RegistrationForm.INVOICE_NUMBER, "register.payerOrInvoiceMismatch");
        } else if (accountExistsFor(payer.get())) {
            violations.add(RegistrationForm.PAYER_CODE, "register.accountExists");
        }
        if (!EmailAddresses.isValid(form.email())) {
            violations.add(RegistrationForm.EMAIL, "email.invalid");
        } else if (payer.isPresent() && emailTaken(form.email())) {
            violations.add(RegistrationForm.EMAIL, "email.taken");
        }
        violations.addAll(PasswordPolicy.check(form.password(), form.repeatPassword(),
                RegistrationForm.PASSWORD, RegistrationForm.REPEAT_PASSWORD, form.payerCode(), form.email()));
        if (!form.termsAccepted()) {
            violations.add(RegistrationForm.TERMS, "register.termsRequired");
        }
        return violations;
    }

    /**
     * Creates the inactive account and queues the activation e-mail.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException when a rule is broken,
     *         also when another registration for the same payer or e-mail won the race
     */
    @Transactional
    public void register(RegistrationForm form, Locale locale) {
        check(form).throwIfAny();
        Payer payer = findPayerHoldingInvoice(form.payerCode(), form.invoiceNumber()).orElseThrow();
        PortalAccount account = new PortalAccount(payer, form.email(), hasher.hash(form.password()), locale,
                clock.instant());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException raceLost) {
            new Violations().add(RegistrationForm.PAYER_CODE, "register.accountExists").throwIfAny();
        }
        String token = tokens.issue(account, TokenPurpose.ACTIVATION, settings.activationLifetime());
        mails.sendActivation(account, links.withToken("/account/activate", token), settings.activationLifetime());
        LOG.info(() -> "Registered portal account " + account.getId() + " for payer " + payer.getCode());
    }

    private Optional<Payer> findPayerHoldingInvoice(String payerCode, String invoiceNumber) {
        if (isBlank(payerCode) || isBlank(invoiceNumber)) {
            return Optional.empty();
        }
        long invoices = em.createNamedQuery(Invoice.COUNT_BY_PAYER_AND_NUMBER, Long.class)
                .setParameter("payerCode", payerCode.strip())
                .setParameter("invoiceNumber", invoiceNumber.strip())
                .getSingleResult();
        if (invoices == 0) {
            return Optional.empty();
        }
        return em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class)
                .setParameter("code", payerCode.strip())
                .getResultStream()
                .findFirst();
    }

    private boolean accountExistsFor(Payer payer) {
        return em.createNamedQuery(PortalAccount.COUNT_BY_PAYER, Long.class)
                .setParameter("payer", payer)
                .getSingleResult() > 0;
    }

    private boolean emailTaken(String email) {
        return em.createNamedQuery(PortalAccount.COUNT_BY_EMAIL, Long.class)
                .setParameter("email", PortalAccount.normalizeEmail(email))
                .getSingleResult() > 0;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
