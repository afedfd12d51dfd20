package si.utility.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import si.utility.portal.platform.metrics.Metrics;
import si.utility.portal.platform.persistence.SchemaMigration;

/**
 * Ready while at most {@code portal.health.mail-backlog-limit} messages wait to be sent. A longer queue means the
 * SMTP server is away or cannot keep up: activation and reset links would arrive late, which an operator must see.
 * Counted with JDBC, like {@link si.utility.portal.platform.persistence.DatabaseReadiness}.
 */
@Readiness
@ApplicationScoped
public class MailBacklogReadiness implements HealthCheck {

    static final String NAME = "mail-backlog";
    private static final String WAITING =
            "SELECT COUNT(*) FROM OUTGOING_MAIL WHERE SENTAT IS NULL AND NEXTATTEMPTAT IS NOT NULL";
    private static final Logger LOG = Logger.getLogger(MailBacklogReadiness.class.getName());

    @Inject
    SchemaMigration database;

    @Inject
    @ConfigProperty(name = "portal.health.mail-backlog-limit")
    long limit;

    @Inject
    Metrics metrics;

    /**
     * Creates the check while the application starts: Payara runs checks on a thread of its own, where the
     * application's configuration (the limit) cannot be looked up. The same count is the gauge
     * {@code portal.mail.backlog} (not a number while it cannot be counted).
     */
    void createAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine(() -> "Mail backlog readiness limit: " + limit);
        metrics.gauge("portal.mail.backlog", () -> {
            try {
                return waiting();
            } catch (SQLException | RuntimeException e) {
                return Double.NaN;
            }
        });
    }

    @Override
    public HealthCheckResponse call() {
        try {
            long waiting = waiting();
            return HealthCheckResponse.named(NAME).withData("waiting", waiting).withData("limit", limit)
                    .status(waiting <= limit).build();
        } catch (SQLException | RuntimeException e) {
            LOG.warning(() -> "Not ready: the mail backlog could not be counted: " + e);
            return HealthCheckResponse.named(NAME).down().build();
        }
    }

    private long waiting() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(SchemaMigration.HEALTH_QUERY_SECONDS);
            try (ResultSet count = statement.executeQuery(WAITING)) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
