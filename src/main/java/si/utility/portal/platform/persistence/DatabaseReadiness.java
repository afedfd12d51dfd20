package si.utility.portal.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Ready when the database answers within {@link SchemaMigration#HEALTH_QUERY_SECONDS} s and its schema is at this
 * build's newest migration: a node of an older build next to a migrated database (or one whose database was
 * replaced) takes no requests. Flyway's history table tells the version; the answer names versions only, never
 * the database's error, which goes to the log. Plain JDBC on the persistence unit's data source: Payara runs
 * checks outside the application's requests, where the container's entity manager cannot be used.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final String APPLIED = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        MigrationVersion expected = migration.latestVersion();
        try {
            MigrationVersion applied = appliedVersion();
            return HealthCheckResponse.named(NAME)
                    .withData("schemaVersion", String.valueOf(applied))
                    .withData("expectedSchemaVersion", String.valueOf(expected))
                    .status(applied.equals(expected))
                    .build();
        } catch (SQLException | RuntimeException e) {
            LOG.warning(() -> "Not ready: the database did not answer: " + e);
            return HealthCheckResponse.named(NAME).withData("reachable", false).down().build();
        }
    }

    private MigrationVersion appliedVersion() throws SQLException {
        MigrationVersion newest = MigrationVersion.EMPTY;
        try (Connection connection = migration.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(SchemaMigration.HEALTH_QUERY_SECONDS);
            try (ResultSet rows = statement.executeQuery(APPLIED)) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    if (version != null && rows.getBoolean(2)) {
                        MigrationVersion applied = MigrationVersion.fromVersion(version);
                        newest = applied.isNewerThan(newest) ? applied : newest;
                    }
                }
            }
        }
        return newest;
    }
}
