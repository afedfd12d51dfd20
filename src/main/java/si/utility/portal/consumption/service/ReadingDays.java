package si.utility.portal.consumption.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.core.domain.DatePeriod;

/**
 * Builds a customer's query of readings from a {@link MeterReading} template: the template's
 * {@value MeterReading#READING_DAYS} becomes "the reading is dated on one of these days", each period a pair of
 * bound parameters. A template without the marker is refused, so a payer's query cannot forget the periods; the
 * reads of one meter's accepted readings by date ({@link #accepted}) build the same condition in SQL.
 */
final class ReadingDays {

    /**
     * Derby's optimizer answers a meter's readings by date through the foreign key's index on METER_ID alone: it
     * reads all of the meter's readings and sorts them, whatever the range. These overrides make it read only the
     * range, in the order wanted. To PostgreSQL (and any other database) they are comments.
     */
    enum Order {
        /** IX_METER_READING_LATEST (METER_ID, STATUS, READING_DATE DESC, ID DESC). */
        NEWEST_FIRST("--DERBY-PROPERTIES index=IX_METER_READING_LATEST\n", "DESC"),
        /** The unique key (METER_ID, READING_DATE, SOURCE). */
        OLDEST_FIRST("--DERBY-PROPERTIES constraint=UK_METER_READING_METER_DATE_SOURCE\n", "ASC");

        private final String derbyIndex;
        private final String direction;

        Order(String derbyIndex, String direction) {
            this.derbyIndex = derbyIndex;
            this.direction = direction;
        }
    }

    private ReadingDays() {
    }

    static <T> TypedQuery<T> query(EntityManager em, String template, Class<T> type, List<DatePeriod> days) {
        if (!template.contains(MeterReading.READING_DAYS)) {
            throw new IllegalArgumentException("A customer's readings query needs the days the payer sees");
        }
        TypedQuery<T> query = em.createQuery(template.replace(MeterReading.READING_DAYS,
                condition(days, "r.readingDate", i -> ":days" + i)), type);
        List<LocalDate> bounds = bounds(days);
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("days" + i, bounds.get(i));
        }
        return query;
    }

    /**
     * The meter's accepted readings on these days dated {@code from} to {@code to} (either may be null: no bound),
     * in that order, at most {@code limit} of them (0: all). Readings under review and rejected ones are left out:
     * they count only once the utility accepted them.
     */
    static List<MeterReading> accepted(EntityManager em, long meterId, LocalDate from, LocalDate to, Order order,
            int limit, List<DatePeriod> days) {
        List<Object> values = new ArrayList<>(List.of(meterId, ReadingStatus.ACCEPTED.name()));
        StringBuilder sql = new StringBuilder("SELECT * FROM METER_READING " + order.derbyIndex
                + "WHERE METER_ID = ?1 AND STATUS = ?2");
        if (from != null) {
            values.add(Date.valueOf(from));
            sql.append(" AND READING_DATE >= ?").append(values.size());
        }
        if (to != null) {
            values.add(Date.valueOf(to));
            sql.append(" AND READING_DATE <= ?").append(values.size());
        }
        int first = values.size() + 1;
        sql.append(" AND ").append(condition(days, "READING_DATE", i -> "?" + (first + i)))
                .append(" ORDER BY READING_DATE ").append(order.direction).append(", ID ").append(order.direction);
        if (limit > 0) {
            sql.append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
        }
        bounds(days).forEach(day -> values.add(Date.valueOf(day)));
        Query query = em.createNativeQuery(sql.toString(), MeterReading.class);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.getResultList().stream().map(MeterReading.class::cast).toList();
    }

    /** The meter's newest accepted reading on these days, up to {@code to} unless that is null. */
    static Optional<MeterReading> newestAccepted(EntityManager em, long meterId, LocalDate to,
            List<DatePeriod> days) {
        return accepted(em, meterId, null, to, Order.NEWEST_FIRST, 1, days).stream().findFirst();
    }

    /** "(column >= p0 AND column <= p1) OR (column >= p2)": each period, an open one without its end. */
    private static String condition(List<DatePeriod> days, String column, IntFunction<String> parameter) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A customer's readings query needs the days the payer sees");
        }
        StringBuilder condition = new StringBuilder("(");
        int bound = 0;
        for (int i = 0; i < days.size(); i++) {
            condition.append(i == 0 ? "" : " OR ").append('(').append(column).append(" >= ")
                    .append(parameter.apply(bound++));
            if (!days.get(i).isOpen()) {
                condition.append(" AND ").append(column).append(" <= ").append(parameter.apply(bound++));
            }
            condition.append(')');
        }
        return condition.append(')').toString();
    }

    /** The values of the condition's parameters, in their order. */
    private static List<LocalDate> bounds(List<DatePeriod> days) {
        List<LocalDate> bounds = new ArrayList<>();
        for (DatePeriod period : days) {
            bounds.add(period.first());
            if (!period.isOpen()) {
                bounds.add(period.last());
            }
        }
        return bounds;
    }
}
