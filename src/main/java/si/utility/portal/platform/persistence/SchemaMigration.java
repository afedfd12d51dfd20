package si.utility.portal.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, with the versioned SQL scripts in
 * {@code db/migration} (Flyway), before any other start-up observer touches the database: observers run in
 * priority order and this one has the lowest. A failed migration throws, which stops the web application from
 * starting (the server logs it as SEVERE and answers every request with an error), so the portal never serves
 * a half-migrated schema. Nodes starting together are safe: Flyway locks its history table and each migration
 * runs once. On Derby it also sets how often plans are checked against the tables' growth (see
 * {@link #replanOftenOnDerby}).
 */
@ApplicationScoped
public class SchemaMigration {

    /** How long a readiness check waits for the database before it says DOWN. */
    public static final int HEALTH_QUERY_SECONDS = 5;
    private static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @PersistenceUnit(unitName = "portal")
    private EntityManagerFactory entityManagerFactory;

    private volatile MigrationVersion latest = MigrationVersion.EMPTY;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
            Object started) {
        DataSource dataSource = dataSourceOf(entityManagerFactory);
        MigrateResult result = migrate(dataSource);
        String version = result.migrationsExecuted == 0 ? result.initialSchemaVersion : result.targetSchemaVersion;
        latest = version == null ? MigrationVersion.EMPTY : MigrationVersion.fromVersion(version);
        replanOftenOnDerby(dataSource);
    }

    /** The newest script of this build, which the schema had (or was brought to) at start-up. */
    public MigrationVersion latestVersion() {
        return latest;
    }

    /** The persistence unit's data source, for the readiness checks. */
    public DataSource dataSource() {
        return dataSourceOf(entityManagerFactory);
    }

    static MigrateResult migrate(DataSource dataSource) {
        try {
            MigrateResult result = flyway(dataSource).migrate();
            LOG.info(() -> result.migrationsExecuted == 0
                    ? "Database schema is up to date at version " + result.initialSchemaVersion
                    : "Database schema migrated from " + (result.initialSchemaVersion == null ? "an empty database"
                            : "version " + result.initialSchemaVersion) + " to version " + result.targetSchemaVersion);
            return result;
        } catch (FlywayException e) {
            throw new IllegalStateException("Database schema migration failed; the portal does not start", e);
        }
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // Finding no scripts (a server whose class loader Flyway cannot scan) must fail, not do nothing.
                .failOnMissingLocations(true)
                .placeholders(Map.of("binary", binaryType(dataSource)))
                .load();
    }

    /**
     * Derby keeps a statement's plan until it has run {@code derby.language.stalePlanCheckInterval} times (100)
     * and then checks whether the tables grew. An import fills empty tables: the plan of its per-chunk lookup
     * ({@code WHERE EXTERNAL_ID IN (...)}), made while the table was empty, scans the whole table for every
     * chunk, which made the import quadratic up to about 50,000 rows per table. Checked every 5 runs (Derby's
     * least), the lookups use their index from about 10,000 rows on. A database property: it stays with the
     * database, and setting it again is harmless. Only tuning: a database user that may not set properties (Derby
     * with SQL authorization, not its owner) gets a warning, and the portal starts.
     */
    private static void replanOftenOnDerby(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (isPostgres(connection)) {
                return;
            }
            try (var call = connection.prepareCall(
                    "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.stalePlanCheckInterval', '5')")) {
                call.execute();
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Derby's plan check interval stays at its default (imports fill tables more slowly): "
                    + e.getMessage());
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** The one type the two databases spell differently: {@code ${binary}} in a script (PDF documents). */
    private static String binaryType(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection) ? "BYTEA" : "BLOB";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the portal uses", e);
        }
    }

    /**
     * The data source the persistence unit itself connects with, so that the schema is migrated exactly where
     * JPA reads and writes, whichever way a server binds it.
     */
    static DataSource dataSourceOf(EntityManagerFactory entityManagerFactory) {
        Session session = entityManagerFactory.unwrap(Session.class);
        if (session.getLogin().getConnector() instanceof JNDIConnector connector
                && connector.getDataSource() != null) {
            return connector.getDataSource();
        }
        throw new IllegalStateException("The persistence unit 'portal' does not connect through a data source");
    }
}
