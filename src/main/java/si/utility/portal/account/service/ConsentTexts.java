package si.utility.portal.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import si.utility.portal.account.domain.ConsentText;
import si.utility.portal.account.domain.ConsentTextRules;

/** The versions of the GDPR consent text: the newest is the current one, which every customer must accept. */
@ApplicationScoped
public class ConsentTexts {

    private static final Logger LOG = Logger.getLogger(ConsentTexts.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ConsentVersionOfRequest ofRequest;

    @Inject
    Clock clock;

    /** The current version's number; 0 only in a database without any version (the migration makes version 1). */
    public int currentVersion() {
        try {
            return ofRequest.get(this::readCurrentVersion);
        } catch (ContextNotActiveException noRequest) {
            return readCurrentVersion();
        }
    }

    public ConsentText current() {
        return em.find(ConsentText.class, currentVersion());
    }

    /** Newest first. */
    public List<ConsentText> versions() {
        return em.createNamedQuery(ConsentText.FIND_ALL, ConsentText.class).getResultList();
    }

    /**
     * Adds the next version, valid from now: from the next request on, customers who accepted an earlier one are
     * asked again. Two publishers at once: the version number is the primary key, so the second one's transaction
     * fails (a {@code PersistenceException}) and nothing of it is kept.
     *
     * @throws si.utility.portal.platform.validation.ValidationFailedException when a text is missing or too long
     */
    @Transactional
    public ConsentText publish(String textSl, String textEn) {
        ConsentTextRules.check(textSl, textEn).throwIfAny();
        ConsentText text = new ConsentText(readCurrentVersion() + 1, clock.instant(), ConsentTextRules.clean(textSl),
                ConsentTextRules.clean(textEn));
        em.persist(text);
        em.flush();
        forgetCurrentVersion();
        LOG.info(() -> "Consent text version " + text.getNumber() + " published");
        return text;
    }

    private void forgetCurrentVersion() {
        try {
            ofRequest.forget();
        } catch (ContextNotActiveException noRequest) {
            // nothing remembered outside a request
        }
    }

    private int readCurrentVersion() {
        Integer number = em.createNamedQuery(ConsentText.CURRENT_NUMBER, Integer.class).getSingleResult();
        return number == null ? 0 : number;
    }
}
