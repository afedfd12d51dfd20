package si.utility.portal.integration.files;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the records a chunk inserts into one table as a single JDBC batch on the transaction's connection,
 * instead of one JPA insert each. For the files with millions of rows (readings, invoices, invoice lines): JPA
 * inserts a record with an identity key one statement at a time and reads the key back after each, which was
 * most of an import's time; the records inserted here are not needed as entities in the chunk's transaction.
 * The identity column is left to the database. Only for entities outside the shared cache.
 *
 * @param <E> the entity whose table is written
 */
final class BulkInsert<E> {

    /**
     * One column: its name, the JDBC type of its NULL and its value in a record. A value is bound as its own Java
     * type (a decimal keeps its scale, which a target type would reset to 0).
     */
    record Column<E>(String name, int sqlType, Function<E, Object> value) {

        static <E> Column<E> text(String name, Function<E, String> value) {
            return new Column<>(name, Types.VARCHAR, value::apply);
        }

        static <E> Column<E> bigint(String name, Function<E, Long> value) {
            return new Column<>(name, Types.BIGINT, value::apply);
        }

        static <E> Column<E> integer(String name, Function<E, Integer> value) {
            return new Column<>(name, Types.INTEGER, value::apply);
        }

        static <E> Column<E> decimal(String name, Function<E, BigDecimal> value) {
            return new Column<>(name, Types.DECIMAL, value::apply);
        }

        static <E> Column<E> date(String name, Function<E, LocalDate> value) {
            return new Column<>(name, Types.DATE, e -> {
                LocalDate date = value.apply(e);
                return date == null ? null : Date.valueOf(date);
            });
        }

        /** As {@link si.utility.portal.platform.persistence.InstantConverter} stores it: the UTC wall time. */
        static <E> Column<E> instant(String name, Function<E, Instant> value) {
            return new Column<>(name, Types.TIMESTAMP, e -> {
                Instant instant = value.apply(e);
                return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            });
        }
    }

    private final List<Column<E>> columns;
    private final String sql;

    BulkInsert(String table, List<Column<E>> columns) {
        this.columns = List.copyOf(columns);
        this.sql = "INSERT INTO " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Inserts the records in the caller's transaction. What JPA holds of the chunk is flushed first, so the
     * chunk's updates (a reading moved to another day) are written before the inserts that may take their old
     * place. A refused batch fails the chunk, which the importer then applies row by row.
     */
    void insert(EntityManager em, List<E> records) {
        if (records.isEmpty()) {
            return;
        }
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (E record : records) {
                for (int i = 0; i < columns.size(); i++) {
                    Column<E> column = columns.get(i);
                    Object value = column.value().apply(record);
                    if (value == null) {
                        statement.setNull(i + 1, column.sqlType());
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Inserting " + records.size() + " rows failed: " + e.getMessage(), e);
        }
    }
}
