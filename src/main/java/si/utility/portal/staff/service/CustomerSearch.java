package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.core.domain.Payer;

/**
 * Finds payers for the clerks by payer code, name, street, portal e-mail address or invoice number, paged in the
 * database. Code, e-mail and invoice number match exactly; name and street match a part, whatever the case.
 */
@ApplicationScoped
public class CustomerSearch {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;

    /** One row of the result: the payer and the state of their portal account, if they have one. */
    public record Found(long payerId, String payerCode, String name, String address, String accountEmail,
            String accountState) {
    }

    private static final String WHERE = """
             FROM Payer p LEFT JOIN PortalAccount a ON a.payer = p
            WHERE p.code = :exact OR LOWER(a.email) = :lower
               OR LOWER(p.name) LIKE :part ESCAPE '\\' OR LOWER(p.street) LIKE :part ESCAPE '\\'
               OR EXISTS (SELECT i FROM Invoice i WHERE i.payer = p AND i.invoiceNumber = :exact)""";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Whether a text can be searched for: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters. */
    public static boolean isSearchable(String text) {
        return text != null && text.strip().length() >= MIN_LENGTH && text.strip().length() <= MAX_LENGTH;
    }

    public List<Found> page(String text, int first, int size) {
        return parameters(em.createQuery("SELECT p, a" + WHERE + " ORDER BY p.code", Object[].class), text)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultStream()
                .map(CustomerSearch::found)
                .toList();
    }

    public long count(String text) {
        return parameters(em.createQuery("SELECT COUNT(p)" + WHERE, Long.class), text).getSingleResult();
    }

    private static <T> TypedQuery<T> parameters(TypedQuery<T> query, String text) {
        String exact = text.strip();
        String lower = exact.toLowerCase(Locale.ROOT);
        String escaped = lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return query.setParameter("exact", exact).setParameter("lower", lower).setParameter("part",
                "%" + escaped + "%");
    }

    private static Found found(Object[] row) {
        Payer payer = (Payer) row[0];
        PortalAccount account = (PortalAccount) row[1];
        return new Found(payer.getId(), payer.getCode(), payer.getName(),
                payer.getAddress(),
                account == null ? null : account.getEmail(), account == null ? null : account.getStatus().name());
    }
}
