package si.utility.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases the portal runs on, for tests that use JPA without an application server: each call of
 * {@link #emptyDatabase()} gives an empty embedded Derby database, or an empty schema of the PostgreSQL server of
 * {@link PostgresSession}.
 */
public enum TestDatabase {
    DERBY {
        @Override
        public DataSource emptyDatabase() {
            EmbeddedDataSource dataSource = new EmbeddedDataSource();
            dataSource.setDatabaseName(System.getProperty("portal.it.data.dir", "target/it-data")
                    + "/schema-it/" + UUID.randomUUID());
            dataSource.setCreateDatabase("create");
            return dataSource;
        }
    },
    POSTGRESQL {
        @Override
        public DataSource emptyDatabase() {
            String url = System.getProperty("portal.it.postgres.url");
            assertThat(url).as("portal.it.postgres.url, set by PostgresSession when portal.it.postgres.port is set")
                    .isNotBlank();
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setUser(System.getProperty("portal.it.postgres.user"));
            dataSource.setPassword(System.getProperty("portal.it.postgres.password"));
            String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
            execute(dataSource, "CREATE SCHEMA " + schema);
            dataSource.setCurrentSchema(schema);
            return dataSource;
        }
    };

    public abstract DataSource emptyDatabase();

    /** The WAR's persistence unit, in Java SE and on the given data source instead of the server's. */
    public static EntityManagerFactory persistenceUnit(DataSource dataSource) {
        return persistenceUnit(dataSource, "portal");
    }

    /**
     * The persistence unit as one node has it: EclipseLink keeps one session (with its prepared queries and caches)
     * per session name, so factories of different names share nothing but the database, like two servers.
     */
    public static EntityManagerFactory persistenceUnit(DataSource dataSource, String node) {
        return Persistence.createEntityManagerFactory("portal", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", dataSource,
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.session-name", node,
                "eclipselink.logging.level", "SEVERE"));
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
