package si.utility.portal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.utility.portal.account.domain.AccountEvent;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.account.domain.ConsentDecision;
import si.utility.portal.account.domain.ConsentRecord;
import si.utility.portal.account.domain.ConsentText;
import si.utility.portal.account.domain.OneTimeToken;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.account.domain.TokenPurpose;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.InvoiceDocument;
import si.utility.portal.billing.domain.OpenItem;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.contact.domain.ContactMessage;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.PointOccupancy;
import si.utility.portal.core.domain.PriceListItem;
import si.utility.portal.core.domain.UtilityService;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.importing.domain.ImportBatch;
import si.utility.portal.integration.importing.domain.ImportBatchFile;
import si.utility.portal.integration.importing.domain.ImportLock;
import si.utility.portal.integration.importing.domain.RejectedRow;
import si.utility.portal.integration.clients.IntegrationClient;
import si.utility.portal.integration.export.ExportSamples;
import si.utility.portal.platform.mail.MailMessage;
import si.utility.portal.platform.mail.OutgoingMailSamples;
import si.utility.portal.platform.security.AttemptCountSamples;
import si.utility.portal.testsupport.TestDatabase;
import si.utility.portal.contact.domain.ContactReply;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditEventSamples;
import si.utility.portal.staff.domain.StaffAccount;
import si.utility.portal.staff.domain.StaffRole;
import si.utility.portal.staff.domain.StaffToken;

/**
 * The migrations build the schema the JPA mapping needs, on embedded Derby and on PostgreSQL (the server of
 * {@code PostgresSession}), without an application server: each test gets an empty database (Derby) or schema
 * (PostgreSQL), migrates it with {@link SchemaMigration}, and checks it against EclipseLink's own view of the
 * entities, with the persistence unit of the WAR and DDL generation off.
 */
class DatabaseSchemaIT {

    private static final String HISTORY_TABLE = "FLYWAY_SCHEMA_HISTORY";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratesAnEmptyDatabaseOnceAndThenFindsNothingToDo(TestDatabase database) {
        DataSource dataSource = database.emptyDatabase();

        MigrateResult first = SchemaMigration.migrate(dataSource);
        MigrateResult second = SchemaMigration.migrate(dataSource);

        assertThat(first.migrationsExecuted).isPositive();
        assertThat(first.targetSchemaVersion).isNotBlank();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(second.initialSchemaVersion).isEqualTo(first.targetSchemaVersion);
        assertThat(SchemaMigration.flyway(dataSource).info().pending()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nodesStartingTogetherMigrateOnlyOnce(TestDatabase database) throws Exception {
        DataSource dataSource = database.emptyDatabase();
        // Which node runs which script depends on who takes Flyway's lock first (one may run V1, the other V2):
        // the property is that each script runs exactly once and that each node returns only once nothing is left.
        Callable<NodeStart> node = () -> {
            MigrateResult result = SchemaMigration.migrate(dataSource);
            return new NodeStart(result.migrationsExecuted, SchemaMigration.flyway(dataSource).info().pending().length);
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<NodeStart> starts = new ArrayList<>();
        try {
            for (Future<NodeStart> start : nodes.invokeAll(List.of(node, node))) {
                starts.add(start.get());
            }
        } finally {
            nodes.shutdownNow();
        }

        MigrationInfo[] applied = SchemaMigration.flyway(dataSource).info().applied();
        assertThat(starts).extracting(NodeStart::pendingWhenReturned).containsOnly(0);
        assertThat(starts.stream().mapToInt(NodeStart::executed).sum()).isEqualTo(applied.length);
        assertThat(applied).extracting(info -> info.getVersion().getVersion()).doesNotHaveDuplicates();
        assertThat(applied).allMatch(info -> info.getState().isApplied() && !info.getState().isFailed());
        assertThat(applied.length).isEqualTo(SchemaMigration.flyway(dataSource).info().all().length);
    }

    private record NodeStart(int executed, int pendingWhenReturned) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesADatabaseWithTablesButNoMigrationHistory(TestDatabase database) {
        DataSource dataSource = database.emptyDatabase();
        TestDatabase.execute(dataSource, "CREATE TABLE PAYER (ID BIGINT NOT NULL PRIMARY KEY)");

        assertThatThrownBy(() -> SchemaMigration.migrate(dataSource))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("migration failed");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratedSchemaHasExactlyTheTablesAndColumnsTheEntitiesMap(TestDatabase database) throws SQLException {
        DataSource dataSource = database.emptyDatabase();
        SchemaMigration.migrate(dataSource);
        EntityManagerFactory entityManagerFactory = TestDatabase.persistenceUnit(dataSource);
        try {
            Map<String, Map<String, MappedColumn>> mapped = mappedColumns(entityManagerFactory);
            Map<String, Map<String, DatabaseColumn>> actual = databaseColumns(dataSource);

            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(mapped.keySet());
            SoftAssertions.assertSoftly(softly -> mapped.forEach((table, columns) -> {
                softly.assertThat(actual.get(table).keySet()).as(table)
                        .containsExactlyInAnyOrderElementsOf(columns.keySet());
                columns.forEach((name, column) -> {
                    if (actual.get(table).containsKey(name)) {
                        column.assertMatches(actual.get(table).get(name), softly);
                    }
                });
            }));
        } finally {
            entityManagerFactory.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratedSchemaHasTheIndexesUniqueKeysAndForeignKeysTheEntitiesDeclare(TestDatabase database)
            throws SQLException {
        DataSource dataSource = database.emptyDatabase();
        SchemaMigration.migrate(dataSource);
        EntityManagerFactory entityManagerFactory = TestDatabase.persistenceUnit(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String schema = connection.getSchema();
            List<DatabaseTable> tables = mappedTables(entityManagerFactory);
            Set<String> uniqueNullableIndexes = database == TestDatabase.DERBY
                    ? derbyUniqueConstraintIndexes(connection) : Set.of();
            SoftAssertions.assertSoftly(softly -> {
                for (DatabaseTable table : tables) {
                    Map<String, List<String>> indexes = indexColumns(metaData, schema, table, false);
                    Map<String, List<String>> uniqueIndexes = indexColumns(metaData, schema, table, true);
                    indexes.forEach((index, columns) -> {
                        if (uniqueNullableIndexes.contains(index)) {
                            uniqueIndexes.put(index, columns);
                        }
                    });
                    for (IndexDefinition index : table.getIndexes()) {
                        softly.assertThat(indexes).as("index of %s", table.getName())
                                .containsEntry(index.getName().toUpperCase(Locale.ROOT), upperCase(index.getFields()));
                    }
                    table.getUniqueConstraints().forEach((name, columnLists) -> columnLists.forEach(columns ->
                            softly.assertThat(uniqueIndexes.values()).as("unique key %s", name)
                                    .contains(upperCase(columns))));
                }
                softly.assertThat(foreignKeys(metaData, schema, tables)).as("foreign keys")
                        .containsExactlyInAnyOrderElementsOf(mappedForeignKeys(entityManagerFactory));
            });
        } finally {
            entityManagerFactory.close();
        }
    }

    /** PostgreSQL, unlike Derby, indexes no foreign key by itself: the migrations must, or joins scan tables. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyForeignKeyColumnLeadsAnIndex(TestDatabase database) throws SQLException {
        DataSource dataSource = database.emptyDatabase();
        SchemaMigration.migrate(dataSource);
        EntityManagerFactory entityManagerFactory = TestDatabase.persistenceUnit(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> unindexed = new ArrayList<>();
            for (DatabaseTable table : mappedTables(entityManagerFactory)) {
                Set<String> leadingColumns = new TreeSet<>();
                indexColumns(metaData, schema, table, false).values()
                        .forEach(columns -> leadingColumns.add(columns.get(0)));
                for (String column : foreignKeyColumns(metaData, schema, table)) {
                    if (!leadingColumns.contains(column)) {
                        unindexed.add(table.getName() + "(" + column + ")");
                    }
                }
            }
            assertThat(unindexed).as("foreign key columns that no index starts with").isEmpty();
        } finally {
            entityManagerFactory.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyEntityIsWrittenAndReadBackUnchanged(TestDatabase database) {
        DataSource dataSource = database.emptyDatabase();
        EntityManagerFactory entityManagerFactory = TestDatabase.persistenceUnit(dataSource);
        try {
            // The way the portal finds its data source at start-up: through the persistence unit.
            SchemaMigration.migrate(SchemaMigration.dataSourceOf(entityManagerFactory));
            List<Object> written = persistOneOfEach(entityManagerFactory);

            Session session = entityManagerFactory.unwrap(Session.class);
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                Set<Class<?>> writtenTypes = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
                for (Object entity : written) {
                    Object read = em.find(entity.getClass(), entityManagerFactory.getPersistenceUnitUtil()
                            .getIdentifier(entity));
                    assertThat(read).as("%s read back", entity.getClass().getSimpleName()).isNotNull();
                    assertSameColumnValues(session.getDescriptor(entity.getClass()), entity, read);
                    writtenTypes.add(entity.getClass());
                }
                assertThat(writtenTypes).containsExactlyInAnyOrderElementsOf(entityManagerFactory.getMetamodel()
                        .getEntities().stream().<Class<?>>map(EntityType::getJavaType).toList());
            } finally {
                em.close();
            }
        } finally {
            entityManagerFactory.close();
        }
    }

    /**
     * A node in another zone, or the hour repeated when clocks go back, must not change what is stored: every
     * instant is kept as its UTC wall time, read back unchanged, and compared with query parameters the same way.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void instantsAreStoredAsTheirUtcWallTimeWhateverTheJvmZone(TestDatabase database) throws SQLException {
        DataSource dataSource = database.emptyDatabase();
        SchemaMigration.migrate(dataSource);
        Instant beforeClocksGoBack = Instant.parse("2026-10-25T00:30:00Z");
        Instant afterClocksGoBack = Instant.parse("2026-10-25T01:30:00Z");
        // Not a UTC wall time that the JVM's zone skips in spring (such as 02:30 on 29 March in Ljubljana): the
        // drivers bind and read TIMESTAMP through java.sql.Timestamp in the JVM's zone, which moves it by an hour.
        Instant summer = Instant.parse("2026-07-01T10:00:00Z");
        TimeZone originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Ljubljana"));
        EntityManagerFactory entityManagerFactory = TestDatabase.persistenceUnit(dataSource);
        try {
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                em.getTransaction().begin();
                Payer payer = new Payer("4321", "KOVAČ ANA", null, null, null);
                PortalAccount account = new PortalAccount(payer, "ana@example.com", "pbkdf2-sha256$1$salt$hash",
                        Locale.forLanguageTag("sl"), summer);
                OneTimeToken token = new OneTimeToken(account, TokenPurpose.ACTIVATION, "b".repeat(64),
                        beforeClocksGoBack, afterClocksGoBack);
                token.markUsed(summer);
                List.of(payer, account, token).forEach(em::persist);
                em.getTransaction().commit();
            } finally {
                em.close();
                entityManagerFactory.getCache().evictAll();
            }

            assertThat(count(dataSource, "SELECT COUNT(*) FROM ONE_TIME_TOKEN WHERE CREATED_AT = {ts '2026-10-25 00:30:00'}"
                    + " AND EXPIRES_AT = {ts '2026-10-25 01:30:00'} AND USED_AT = {ts '2026-07-01 10:00:00'}"))
                    .as("rows holding the UTC wall times").isEqualTo(1);
            em = entityManagerFactory.createEntityManager();
            try {
                Object[] read = em.createQuery("SELECT t.createdAt, t.expiresAt, t.usedAt FROM OneTimeToken t"
                        + " WHERE t.expiresAt > :now", Object[].class)
                        .setParameter("now", beforeClocksGoBack.plusSeconds(1800))
                        .getSingleResult();
                assertThat(read).containsExactly(beforeClocksGoBack, afterClocksGoBack, summer);
                assertThat(em.createQuery("SELECT COUNT(t) FROM OneTimeToken t WHERE t.expiresAt > :now", Long.class)
                        .setParameter("now", afterClocksGoBack).getSingleResult()).isZero();
            } finally {
                em.close();
            }
        } finally {
            entityManagerFactory.close();
            TimeZone.setDefault(originalZone);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** One of each entity with every column filled, the longest texts at their column's length. */
    private static List<Object> persistOneOfEach(EntityManagerFactory entityManagerFactory) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.of(2026, 3, 29);
        Payer payer = new Payer("1234", "NOVAK JANEZ", "Koroška cesta 1", "3320", "Velenje");
        UtilityService water = new UtilityService("VODA", "Oskrba s pitno vodo", "m3");
        ConsumptionPoint point = new ConsumptionPoint("100200", "Šaleška cesta 2", "3320", "Velenje", true,
                List.of(water));
        Meter meter = new Meter("W-0001", point, Medium.COLD_WATER, 5, 3, today.minusYears(2), today.plusYears(3));
        meter.setRemovedOn(today);
        Invoice invoice = new Invoice("12345678", payer, point, today, today.plusDays(30), today.minusMonths(1),
                today.minusDays(1), PaymentReference.ofInvoice("1234", "12345678"));
        invoice.addLine(water, new BigDecimal("12.345"), new BigDecimal("1.2345"), new BigDecimal("9.50"));
        // The exchange format's columns (the billing system's key and version) in every table.
        payer.setSourceKey(new SourceKey("P-" + "1".repeat(62), Long.MAX_VALUE));
        invoice.setSourceKey(new SourceKey("INV-1", 7L));
        invoice.getLines().get(0).setSourceKey(new SourceKey("INV-1-1", 1L));
        MeterReading reading = new MeterReading(meter, today, new BigDecimal("123.456"), ReadingSource.PORTAL,
                ReadingStatus.REJECTED, now, 42L);
        reading.settle(ReadingStatus.REJECTED, "r".repeat(200));
        OpenItem openItem = new OpenItem(payer, invoice, "12345678", today, today.plusDays(30),
                new BigDecimal("14.71"), new BigDecimal("4.71"));
        openItem.setSourceKey(new SourceKey("OI-1", 3L));
        PortalAccount account = new PortalAccount(payer, "janez@example.com", "pbkdf2-sha256$1$salt$hash",
                Locale.forLanguageTag("sl"), now);
        account.block("b".repeat(200));
        water.setSourceKey(new SourceKey("VODA", null));
        point.setSourceKey(new SourceKey("OM-1", 2L));
        meter.setSourceKey(new SourceKey("M-1", 2L));
        PointOccupancy occupancy = new PointOccupancy(point, payer, today.minusYears(3), today.plusDays(1));
        occupancy.setSourceKey(new SourceKey("OCC-1", 1L));
        PriceListItem price = new PriceListItem(water, new BigDecimal("1.2345"), new BigDecimal("9.50"), today);
        price.setSourceKey(new SourceKey("PRICE-1", 1L));
        StaffAccount staff = new StaffAccount("a".repeat(240) + "@example.com", "Ž".repeat(100), StaffRole.ADMIN,
                Locale.forLanguageTag("sl"), now);
        staff.startSetup("pbkdf2-sha256$1$salt$hash", "S".repeat(64));
        staff.confirmSecondFactor(Long.MAX_VALUE);
        staff.loggedIn(now);
        staff.setDisabled(true);
        ImportBatch batch = new ImportBatch("kpv-2026-03-29", "b".repeat(64), "KPV", now, true, "/import/x.zip",
                now);
        ImportBatchFile batchFile = batch.addFile("services", "delta", 12);
        batch.start(now);
        batchFile.count(RowOutcome.REJECTED);
        batch.checkpoint(0, 7);
        List<Object> entities = new ArrayList<>(List.<Object>of(payer, water, point, meter, occupancy, price,
                reading,
                invoice,
                new InvoiceDocument(invoice, "a".repeat(64), "%PDF-1.7 ž".getBytes(StandardCharsets.UTF_8), now),
                openItem,
                account,
                new ConsentRecord(account, 1, ConsentDecision.ACCEPTED, now),
                // version 1 is the migration's
                new ConsentText(2, now, "Besedilo ".repeat(444) + "čšž1", "Text ".repeat(799) + "1234"),
                new OneTimeToken(account, TokenPurpose.ACTIVATION, "a".repeat(64), now, now.plusSeconds(60)),
                OutgoingMailSamples.of(new MailMessage("janez@example.com", "Zadeva", "č".repeat(20000),
                        "<p>" + "ž".repeat(19993) + "</p>"), now),
                AttemptCountSamples.of("k".repeat(90), LocalDateTime.of(2026, 3, 29, 2, 30)),
                batch, batchFile, new RejectedRow(batch, "services.csv", 3, "code", "code is required"),
                new ImportLock("test"),
                new IntegrationClient("Billing system of KPV", "c".repeat(64), now),
                new AccountEvent(42L, "1234", AccountEventType.CONSENT_GIVEN, "janez@example.com", now),
                // a stream of its own: the migration has made the export's streams
                ExportSamples.stream("sample-stream"),
                ExportSamples.entry("sample-stream", 1, 42),
                AuditEventSamples.of(now, new Actor("staff:" + "9".repeat(18), "f".repeat(45)),
                        AuditAction.STAFF_SECOND_FACTOR_RESET, 7L, 42L, "d".repeat(500)),
                staff,
                new StaffToken(staff, "t".repeat(64), now, now.plusSeconds(60))));

        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            entities.forEach(em::persist);
            em.flush();
            ContactMessage message = new ContactMessage(payer, account.getId(), "Janez Novak", "janez@example.com",
                    "Sporočilo ".repeat(400), now, "request-1");
            em.persist(message);
            message.assignTo(Long.MAX_VALUE, "R".repeat(100));
            ContactReply reply = new ContactReply(message, Long.MAX_VALUE, "R".repeat(100), "Odgovor ".repeat(500),
                    now);
            em.persist(reply);
            em.getTransaction().commit();
            entities.add(message);
            entities.add(reply);
            entities.addAll(invoice.getLines());
            return entities;
        } finally {
            em.close();
            entityManagerFactory.getCache().evictAll();
        }
    }

    private static void assertSameColumnValues(ClassDescriptor descriptor, Object written, Object read) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof DirectToFieldMapping || mapping.isCollectionMapping()
                    || mapping.isAggregateObjectMapping()) {
                Object expected = mapping.getAttributeValueFromObject(written);
                Object actual = mapping.getAttributeValueFromObject(read);
                String what = descriptor.getJavaClass().getSimpleName() + "." + mapping.getAttributeName();
                if (mapping.isCollectionMapping()) {
                    assertThat((Collection<?>) actual).as(what).hasSameSizeAs((Collection<?>) expected);
                } else if (expected instanceof BigDecimal number) {
                    assertThat((BigDecimal) actual).as(what).isEqualByComparingTo(number);
                } else {
                    assertThat(actual).as(what).isEqualTo(expected);
                }
            }
        }
    }

    /** What EclipseLink reads and writes: table → column → its mapping, names in upper case. */
    private static Map<String, Map<String, MappedColumn>> mappedColumns(EntityManagerFactory entityManagerFactory) {
        Map<String, Map<String, MappedColumn>> tables = new TreeMap<>();
        for (ClassDescriptor descriptor : entityManagerFactory.unwrap(Session.class).getDescriptors().values()) {
            for (DatabaseField field : descriptor.getFields()) {
                DatabaseMapping mapping = descriptor.getObjectBuilder().getMappingForField(field);
                boolean mayBeNull = field.isNullable() && !descriptor.getPrimaryKeyFields().contains(field)
                        && !(mapping != null && mapping.getAttributeAccessor().getAttributeClass().isPrimitive());
                add(tables, field, field.getType(), mayBeNull);
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ManyToManyMapping manyToMany) {
                    // A join table's columns have no Java type of their own: they hold the ids they reference.
                    addReferences(tables, manyToMany.getSourceRelationKeyFields(), manyToMany.getSourceKeyFields());
                    addReferences(tables, manyToMany.getTargetRelationKeyFields(), manyToMany.getTargetKeyFields());
                }
            }
        }
        return tables;
    }

    private static void addReferences(Map<String, Map<String, MappedColumn>> tables, List<DatabaseField> fields,
            List<DatabaseField> referenced) {
        for (int i = 0; i < fields.size(); i++) {
            add(tables, fields.get(i), referenced.get(i).getType(), false);
        }
    }

    private static void add(Map<String, Map<String, MappedColumn>> tables, DatabaseField field, Class<?> javaType,
            boolean mayBeNull) {
        tables.computeIfAbsent(field.getTableName().toUpperCase(Locale.ROOT), table -> new TreeMap<>())
                .put(field.getName().toUpperCase(Locale.ROOT), new MappedColumn(field, javaType, mayBeNull));
    }

    private static List<DatabaseTable> mappedTables(EntityManagerFactory entityManagerFactory) {
        List<DatabaseTable> tables = new ArrayList<>();
        for (ClassDescriptor descriptor : entityManagerFactory.unwrap(Session.class).getDescriptors().values()) {
            tables.addAll(descriptor.getTables());
            descriptor.getMappings().stream().filter(ManyToManyMapping.class::isInstance)
                    .map(mapping -> ((ManyToManyMapping) mapping).getRelationTable()).forEach(tables::add);
        }
        return tables;
    }

    /** Index name → its columns, as the database reports them (unique ones only, or all). */
    /**
     * Derby backs a unique constraint on nullable columns (the billing system's EXTERNAL_ID) by an index its
     * metadata calls non-unique: these are the indexes of Derby's declared unique constraints.
     */
    private static Set<String> derbyUniqueConstraintIndexes(Connection connection) throws SQLException {
        Set<String> indexes = new TreeSet<>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT g.CONGLOMERATENAME FROM SYS.SYSCONSTRAINTS c
                JOIN SYS.SYSKEYS k ON k.CONSTRAINTID = c.CONSTRAINTID
                JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = k.CONGLOMERATEID
                WHERE c.TYPE = 'U'""")) {
            while (rows.next()) {
                indexes.add(rows.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return indexes;
    }

    private static Map<String, List<String>> indexColumns(DatabaseMetaData metaData, String schema,
            DatabaseTable table, boolean uniqueOnly) {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (ResultSet rows = metaData.getIndexInfo(null, schema, inDatabaseCase(metaData, table.getName()),
                uniqueOnly, true)) {
            while (rows.next()) {
                if (rows.getString("COLUMN_NAME") != null) {
                    indexes.computeIfAbsent(rows.getString("INDEX_NAME").toUpperCase(Locale.ROOT),
                            name -> new ArrayList<>()).add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)
                                    + ("D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : ""));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return indexes;
    }

    /** Every foreign key the mapping implies, as "NAME: TABLE(COLUMN) → TABLE", named as EclipseLink would. */
    private static Set<String> mappedForeignKeys(EntityManagerFactory entityManagerFactory) {
        Set<String> foreignKeys = new TreeSet<>();
        for (ClassDescriptor descriptor : entityManagerFactory.unwrap(Session.class).getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof OneToOneMapping reference && reference.isForeignKeyRelationship()) {
                    reference.getSourceToTargetKeyFields().forEach((source, target) ->
                            foreignKeys.add(foreignKey(source.getTableName(), source.getName(), target.getTableName())));
                } else if (mapping instanceof ManyToManyMapping manyToMany) {
                    String joinTable = manyToMany.getRelationTable().getName();
                    manyToMany.getSourceRelationKeyFields().forEach(field -> foreignKeys.add(
                            foreignKey(joinTable, field.getName(), descriptor.getTables().get(0).getName())));
                    manyToMany.getTargetRelationKeyFields().forEach(field -> foreignKeys.add(foreignKey(joinTable,
                            field.getName(), manyToMany.getReferenceDescriptor().getTables().get(0).getName())));
                }
            }
        }
        return foreignKeys;
    }

    private static Set<String> foreignKeys(DatabaseMetaData metaData, String schema, List<DatabaseTable> tables) {
        Set<String> foreignKeys = new TreeSet<>();
        for (DatabaseTable table : tables) {
            try (ResultSet rows = metaData.getImportedKeys(null, schema, inDatabaseCase(metaData, table.getName()))) {
                while (rows.next()) {
                    foreignKeys.add(rows.getString("FK_NAME").toUpperCase(Locale.ROOT) + ": "
                            + reference(rows.getString("FKTABLE_NAME"), rows.getString("FKCOLUMN_NAME"),
                                    rows.getString("PKTABLE_NAME")));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return foreignKeys;
    }

    private static Set<String> foreignKeyColumns(DatabaseMetaData metaData, String schema, DatabaseTable table)
            throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rows = metaData.getImportedKeys(null, schema, inDatabaseCase(metaData, table.getName()))) {
            while (rows.next()) {
                columns.add(rows.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static String foreignKey(String table, String column, String referencedTable) {
        return ("FK_" + table + "_" + column).toUpperCase(Locale.ROOT) + ": "
                + reference(table, column, referencedTable);
    }

    private static String reference(String table, String column, String referencedTable) {
        return (table + "(" + column + ") → " + referencedTable).toUpperCase(Locale.ROOT);
    }

    private static String inDatabaseCase(DatabaseMetaData metaData, String name) throws SQLException {
        return metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }

    /** Column names as the database reports them, a descending column as "NAME DESC". */
    private static List<String> upperCase(List<String> names) {
        return names.stream().map(name -> name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)).toList();
    }

    /** What the migrated database has in the connection's schema, without Flyway's own table. */
    private static Map<String, Map<String, DatabaseColumn>> databaseColumns(DataSource dataSource) throws SQLException {
        Map<String, Map<String, DatabaseColumn>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (!table.equals(HISTORY_TABLE)) {
                    tables.computeIfAbsent(table, name -> new TreeMap<>()).put(
                            columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
                            new DatabaseColumn(columns.getInt("DATA_TYPE"), columns.getInt("COLUMN_SIZE"),
                                    columns.getInt("DECIMAL_DIGITS"),
                                    columns.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
                }
            }
        }
        return tables;
    }

    private record MappedColumn(DatabaseField field, Class<?> javaType, boolean mayBeNull) {

        void assertMatches(DatabaseColumn column, SoftAssertions softly) {
            String what = field.getQualifiedName();
            softly.assertThat(column.nullable()).as("%s nullable", what).isEqualTo(mayBeNull);
            softly.assertThat(jdbcTypesFor(javaType)).as("%s type", what).contains(column.jdbcType());
            if (javaType == String.class) {
                softly.assertThat(column.size()).as("%s length", what).isEqualTo(field.getLength());
            }
            if (field.getPrecision() > 0) {
                softly.assertThat(column.size()).as("%s precision", what).isEqualTo(field.getPrecision());
                softly.assertThat(column.decimalDigits()).as("%s scale", what).isEqualTo(field.getScale());
            }
        }
    }

    /** The SQL types a Java type may be stored in; PostgreSQL's driver reports its boolean as BIT. */
    private static Set<Integer> jdbcTypesFor(Class<?> javaType) {
        return switch (javaType.getSimpleName()) {
            case "String" -> Set.of(Types.VARCHAR);
            case "Long", "long" -> Set.of(Types.BIGINT);
            case "Integer", "int" -> Set.of(Types.INTEGER);
            case "BigDecimal" -> Set.of(Types.DECIMAL, Types.NUMERIC);
            case "LocalDate", "Date" -> Set.of(Types.DATE);
            case "LocalDateTime", "Timestamp" -> Set.of(Types.TIMESTAMP);
            case "Boolean", "boolean" -> Set.of(Types.BOOLEAN, Types.BIT);
            // Derby's BLOB; PostgreSQL's driver reports BYTEA as BINARY.
            case "Blob" -> Set.of(Types.BLOB, Types.BINARY);
            default -> throw new AssertionError("No SQL type known for " + javaType + ": add it here");
        };
    }

    private record DatabaseColumn(int jdbcType, int size, int decimalDigits, boolean nullable) {
    }
}
