package si.utility.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Test-only: enqueues mail in one transaction and reads back what the outbox table holds for a recipient. */
@ApplicationScoped
public class OutboxProbe {

    /** One OUTGOING_MAIL row as stored. */
    public record Row(boolean sent, String text, String html) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Transactional
    public void enqueue(List<MailMessage> messages) {
        messages.forEach(outbox::enqueue);
    }

    @Transactional
    public List<Row> rowsTo(String recipient) {
        List<?> rows = em.createNativeQuery("SELECT SENTAT, TEXTBODY, HTMLBODY FROM OUTGOING_MAIL WHERE RECIPIENT = ?")
                .setParameter(1, recipient)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Row(row[0] != null, (String) row[1], (String) row[2]))
                .toList();
    }
}
