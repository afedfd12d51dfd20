package si.utility.portal.consumption.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.core.domain.DatePeriod;

/**
 * Builds a customer's query of readings from a {@link MeterReading} template: the template's
 * {@value MeterReading#READING_DAYS} becomes "the reading is dated on one of these days", each period a pair of
 * bound parameters. A template without the marker is refused, so a payer's query cannot forget the periods.
 */
final class ReadingDays {

    private ReadingDays() {
    }

    static <T> TypedQuery<T> query(EntityManager em, String template, Class<T> type, List<DatePeriod> days) {
        if (!template.contains(MeterReading.READING_DAYS) || days.isEmpty()) {
            throw new IllegalArgumentException("A customer's readings query needs the days the payer sees");
        }
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < days.size(); i++) {
            condition.append(i == 0 ? "" : " OR ").append("(r.readingDate >= :days").append(i).append("From");
            if (!days.get(i).isOpen()) {
                condition.append(" AND r.readingDate <= :days").append(i).append("To");
            }
            condition.append(')');
        }
        condition.append(')');
        TypedQuery<T> query = em.createQuery(template.replace(MeterReading.READING_DAYS, condition), type);
        for (int i = 0; i < days.size(); i++) {
            query.setParameter("days" + i + "From", days.get(i).first());
            if (!days.get(i).isOpen()) {
                query.setParameter("days" + i + "To", days.get(i).last());
            }
        }
        return query;
    }
}
