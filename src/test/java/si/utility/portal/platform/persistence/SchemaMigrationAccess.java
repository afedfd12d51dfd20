package si.utility.portal.platform.persistence;

import javax.sql.DataSource;

/** Lets tests of other packages migrate a test database the way the portal does at start-up. */
public final class SchemaMigrationAccess {

    private SchemaMigrationAccess() {
    }

    public static void migrate(DataSource dataSource) {
        SchemaMigration.migrate(dataSource);
    }
}
