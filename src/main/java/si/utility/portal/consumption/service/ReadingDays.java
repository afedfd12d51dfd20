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
 * reads of meters' accepted readings by date ({@link #accepted}) build the same condition in SQL.
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
     * A meter's accepted readings on the days dated {@code from} to {@code to} (either may be null: no bound), in
     * that order, at most {@code limit} of them (0: all). Readings under review and rejected ones are left out:
     * they count only once the utility accepted them.
     */
    record Range(long meterId, LocalDate from, LocalDate to, Order order, int limit, List<DatePeriod> days) {

        /** The meter's newest accepted reading on the days, up to {@code to} unless that is null. */
        static Range newest(long meterId, LocalDate to, List<DatePeriod> days) {
            return new Range(meterId, null, to, Order.NEWEST_FIRST, 1, days);
        }
    }

    /**
     * The readings of every range, in one statement: one range is read in its order, several are a UNION ALL of
     * one index range read each, in no set order between them.
     */
    static List<MeterReading> accepted(EntityManager em, List<Range> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (ranges.size() == 1) {
            appendRange(sql, values, ranges.get(0));
        } else {
            for (int i = 0; i < ranges.size(); i++) {
                sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT * FROM (");
                appendRange(sql, values, ranges.get(i));
                sql.append(") R").append(i);
            }
        }
        Query query = em.createNativeQuery(sql.toString(), MeterReading.class);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.getResultList().stream().map(MeterReading.class::cast).toList();
    }

    /** The meter's newest accepted reading on these days, up to {@code to} unless that is null. */
    static Optional<MeterReading> newestAccepted(EntityManager em, long meterId, LocalDate to,
            List<DatePeriod> days) {
        return accepted(em, List.of(Range.newest(meterId, to, days))).stream().findFirst();
    }

    private static void appendRange(StringBuilder sql, List<Object> values, Range range) {
        values.add(range.meterId());
        sql.append("SELECT * FROM METER_READING ").append(range.order().derbyIndex).append("WHERE METER_ID = ?")
                .append(values.size());
        values.add(ReadingStatus.ACCEPTED.name());
        sql.append(" AND STATUS = ?").append(values.size());
        if (range.from() != null) {
            values.add(Date.valueOf(range.from()));
            sql.append(" AND READING_DATE >= ?").append(values.size());
        }
        if (range.to() != null) {
            values.add(Date.valueOf(range.to()));
            sql.append(" AND READING_DATE <= ?").append(values.size());
        }
        int first = values.size() + 1;
        sql.append(" AND ").append(condition(range.days(), "READING_DATE", i -> "?" + (first + i)))
                .append(" ORDER BY READING_DATE ").append(range.order().direction).append(", ID ")
                .append(range.order().direction);
        if (range.limit() > 0) {
            sql.append(" FETCH FIRST ").append(range.limit()).append(" ROWS ONLY");
        }
        bounds(range.days()).forEach(day -> values.add(Date.valueOf(day)));
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
