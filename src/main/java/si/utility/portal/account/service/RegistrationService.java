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
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.LoginName;
import si.utility.portal.account.domain.PasswordPolicy;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.logging.LogSafe;
import si.utility.portal.platform.metrics.Metrics;
import si.utility.portal.platform.security.AttemptCounter;
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
    static final String PER_PAYER = "register-payer";
    static final String PER_ADDRESS = "register-address";
    /** Longer than any payer code or invoice number (both VARCHAR(20)): not worth a query. */
    private static final int FIELD_LENGTH = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Metrics metrics;

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
    AttemptCounter attempts;

    @Inject
    AccountEvents events;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    CustomerAudit audit;

    /**
     * Creates the inactive account and queues the activation e-mail, checking in an order that tells a guesser
     * nothing: first what needs no database (the captcha, the e-mail format, the password rules, the terms); a
     * wrong captcha ends it there. Then the limits of failed attempts per payer code and per client address, then
     * whether payer code and control number match (a mismatch counts against both limits); only a customer who
     * passed all of these learns that the payer has an account or that the e-mail address is taken.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException when a rule is broken,
     *         also when another registration for the same payer or e-mail won the race
     */
    @Transactional
    public void register(RegistrationForm form, boolean captchaPassed, String clientAddress, Locale locale) {
        Violations violations = checkWithoutDatabase(form);
        if (!captchaPassed) {
            violations.add(RegistrationForm.CAPTCHA, "captcha.wrong");
        }
        violations.throwIfAny();
        String payerCode = LoginName.payerCode(form.payerCode());
        if (limitReached(payerCode, clientAddress)) {
            LOG.info(() -> "Registration refused: too many failed attempts for payer " + LogSafe.quote(payerCode)
                    + " or from " + LogSafe.quote(clientAddress));
            auditLog.recordOnItsOwn(Actor.anonymous(clientAddress), AuditAction.CUSTOMER_REGISTRATION_THROTTLED,
                    null, null, null);
            violations.add(RegistrationForm.PAYER_CODE, "register.tooManyAttempts").throwIfAny();
        }
        Optional<Payer> payer = findPayerHoldingInvoice(payerCode, form.invoiceNumber());
        if (payer.isEmpty()) {
            attempts.recordFailure(PER_PAYER, payerCode);
            attempts.recordFailure(PER_ADDRESS, clientAddress);
            // One message for both fields: it must not tell which of payer code and invoice was wrong.
            violations.add(RegistrationForm.INVOICE_NUMBER, "register.payerOrInvoiceMismatch").throwIfAny();
        }
        if (accountExistsFor(payer.get())) {
            violations.add(RegistrationForm.PAYER_CODE, "register.accountExists");
        }
        if (emailTaken(form.email())) {
            violations.add(RegistrationForm.EMAIL, "email.taken");
        }
        violations.throwIfAny();
        PortalAccount account = new PortalAccount(payer.get(), form.email(), hasher.hash(form.password()), locale,
                clock.instant());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException raceLost) {
            new Violations().add(RegistrationForm.PAYER_CODE, "register.accountExists").throwIfAny();
        }
        events.record(account, AccountEventType.REGISTERED);
        audit.record(account, AuditAction.CUSTOMER_REGISTERED, null);
        String token = tokens.issue(account, TokenPurpose.ACTIVATION, settings.activationLifetime());
        mails.sendActivation(account, links.withToken("/account/activate", token), settings.activationLifetime());
        LOG.info(() -> "Registered portal account " + account.getId() + " for payer " + payer.get().getId());
        metrics.count("portal.registrations");
    }

    /** The rules a form can break on its own, each on its field. */
    private static Violations checkWithoutDatabase(RegistrationForm form) {
        Violations violations = new Violations();
        if (isBlank(form.payerCode()) || isBlank(form.invoiceNumber())
                || form.payerCode().length() > FIELD_LENGTH || form.invoiceNumber().length() > FIELD_LENGTH) {
            violations.add(RegistrationForm.INVOICE_NUMBER, "register.payerOrInvoiceMismatch");
        }
        if (!EmailAddresses.isValid(form.email())) {
            violations.add(RegistrationForm.EMAIL, "email.invalid");
        }
        violations.addAll(PasswordPolicy.check(form.password(), form.repeatPassword(),
                RegistrationForm.PASSWORD, RegistrationForm.REPEAT_PASSWORD, form.payerCode(), form.email()));
        if (!form.termsAccepted()) {
            violations.add(RegistrationForm.TERMS, "register.termsRequired");
        }
        return violations;
    }

    private boolean limitReached(String payerCode, String clientAddress) {
        return attempts.current(PER_PAYER, payerCode).count() >= settings.registrationAttemptsPerPayer()
                || attempts.current(PER_ADDRESS, clientAddress).count() >= settings.registrationAttemptsPerAddress();
    }

    private Optional<Payer> findPayerHoldingInvoice(String payerCode, String invoiceNumber) {
        if (isBlank(payerCode) || isBlank(invoiceNumber)) {
            return Optional.empty();
        }
        long invoices = em.createNamedQuery(Invoice.COUNT_BY_PAYER_AND_NUMBER, Long.class)
                .setParameter("payerCode", payerCode)
                .setParameter("invoiceNumber", invoiceNumber.strip())
                .getSingleResult();
        if (invoices == 0) {
            return Optional.empty();
        }
        return em.createNamedQuery(Payer.FIND_BY_CODE, Payer.class)
                .setParameter("code", payerCode)
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
