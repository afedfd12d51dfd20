package si.utility.portal.integration.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.utility.portal.account.domain.AccountEvent;
import si.utility.portal.account.domain.AccountEventType;
import si.utility.portal.platform.persistence.SchemaMigrationAccess;
import si.utility.portal.testsupport.TestDatabase;

/**
 * The export cursor on Derby and PostgreSQL, with plain JPA outside a server ({@link ExportStamper},
 * {@link ExportReader}): a record that took its id before another and committed after it is still delivered, and
 * concurrent writers lose nothing. A cursor over ids fails both.
 */
class ExportStamperIT {

    private static final ExportKind EVENTS = ExportKind.ACCOUNT_EVENTS;

    /**
     * The id is given explicitly here to stand for "taken first, committed last": exactly what a sequence does
     * to a transaction that commits late, without threads. After the record with the higher id was read, the
     * one with the lower id must still come.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRecordWithAnEarlierIdThatCommitsLaterIsStillDelivered(TestDatabase database) {
        EntityManagerFactory entityManagerFactory = migratedPersistenceUnit(database);
        try {
            insertEvent(entityManagerFactory, 1_000_001L);
            ExportPage first = stampAndRead(entityManagerFactory, new ExportCursor(0, 100));
            assertThat(ids(first)).containsExactly(1_000_001L);

            insertEvent(entityManagerFactory, 1_000_000L);
            ExportPage second = stampAndRead(entityManagerFactory, new ExportCursor(first.nextCursor(), 100));

            assertThat(ids(second)).as("the late record after the first page's cursor").containsExactly(1_000_000L);
            assertThat(second.nextCursor()).isGreaterThan(first.nextCursor());
            assertThat(ids(stampAndRead(entityManagerFactory, new ExportCursor(second.nextCursor(), 100))))
                    .as("nothing twice").isEmpty();
            assertThat(ids(stampAndRead(entityManagerFactory, new ExportCursor(0, 100))))
                    .as("the stream from the start, in commit order").containsExactly(1_000_001L, 1_000_000L);
        } finally {
            entityManagerFactory.close();
        }
    }

    /**
     * Real transactions on PostgreSQL, whose readers do not wait for writers: a writer takes its id and holds its
     * transaction open while a second writer commits and the export is read; then the first commits. (Derby's
     * readers wait for the writer's row lock, so there the race cannot happen; the test above covers Derby.)
     */
    @Test
    void aTransactionHeldOpenWhileALaterOneCommitsAndIsReadIsNotPassed() throws Exception {
        EntityManagerFactory entityManagerFactory = migratedPersistenceUnit(TestDatabase.POSTGRESQL);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch mayCommit = new CountDownLatch(1);
            Future<Long> slow = writer.submit(() -> {
                EntityManager em = entityManagerFactory.createEntityManager();
                try {
                    em.getTransaction().begin();
                    long id = persistEvent(em);
                    inserted.countDown();
                    assertThat(mayCommit.await(2, TimeUnit.MINUTES)).isTrue();
                    em.getTransaction().commit();
                    return id;
                } finally {
                    em.close();
                }
            });
            assertThat(inserted.await(2, TimeUnit.MINUTES)).isTrue();
            long fast = insertEvent(entityManagerFactory, null);

            ExportPage first = stampAndRead(entityManagerFactory, new ExportCursor(0, 100));
            assertThat(ids(first)).as("only the committed record").containsExactly(fast);
            mayCommit.countDown();
            long slowId = slow.get(2, TimeUnit.MINUTES);
            assertThat(slowId).as("the slow writer took its id first").isLessThan(fast);

            assertThat(ids(stampAndRead(entityManagerFactory, new ExportCursor(first.nextCursor(), 100))))
                    .as("the record that committed late").containsExactly(slowId);
        } finally {
            writer.shutdownNow();
            entityManagerFactory.close();
        }
    }

    /**
     * Eight writers and a reader polling with small pages at the same time, on PostgreSQL: every record comes
     * exactly once. (On Derby this run made a writer's insert fail with a lock time-out; see the notes.)
     */
    @Test
    void concurrentWritersAndAPollingReaderLoseNothing() throws Exception {
        EntityManagerFactory entityManagerFactory = migratedPersistenceUnit(TestDatabase.POSTGRESQL);
        int writers = 8;
        int eventsPerWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                tasks.add(() -> {
                    List<Long> written = new ArrayList<>();
                    for (int i = 0; i < eventsPerWriter; i++) {
                        written.add(insertEvent(entityManagerFactory, null));
                    }
                    return written;
                });
            }
            List<Future<List<Long>>> results = tasks.stream().map(pool::submit).toList();
            List<Long> delivered = new ArrayList<>();
            long cursor = 0;
            while (!results.stream().allMatch(Future::isDone)) {
                ExportPage page = stampAndRead(entityManagerFactory, new ExportCursor(cursor, 7));
                delivered.addAll(ids(page));
                cursor = page.nextCursor();
            }
            List<Long> written = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                written.addAll(result.get(2, TimeUnit.MINUTES));
            }
            ExportPage page;
            do {
                page = stampAndRead(entityManagerFactory, new ExportCursor(cursor, 7));
                delivered.addAll(ids(page));
                cursor = page.nextCursor();
            } while (!page.records().isEmpty());

            assertThat(delivered).as("every written record, each once").hasSize(writers * eventsPerWriter)
                    .containsExactlyInAnyOrderElementsOf(written);
        } finally {
            pool.shutdownNow();
            entityManagerFactory.close();
        }
    }

    private static EntityManagerFactory migratedPersistenceUnit(TestDatabase database) {
        DataSource dataSource = database.emptyDatabase();
        SchemaMigrationAccess.migrate(dataSource);
        return TestDatabase.persistenceUnit(dataSource);
    }

    /** An account event in a transaction of its own; with an explicit id, or the next of the identity if null. */
    private static long insertEvent(EntityManagerFactory entityManagerFactory, Long id) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            long written;
            if (id == null) {
                written = persistEvent(em);
            } else {
                em.createNativeQuery("INSERT INTO ACCOUNT_EVENT (ID, ACCOUNT_ID, PAYER_CODE, EVENT_TYPE, EMAIL,"
                        + " OCCURRED_AT) VALUES (?, 42, '1234', 'REGISTERED', 'ana@example.com', {ts '2026-12-01 10:00:00'})")
                        .setParameter(1, id).executeUpdate();
                written = id;
            }
            em.getTransaction().commit();
            return written;
        } finally {
            em.close();
        }
    }

    private static long persistEvent(EntityManager em) {
        AccountEvent event = new AccountEvent(42L, "1234", AccountEventType.REGISTERED, "ana@example.com",
                Instant.parse("2026-12-01T10:00:00Z"));
        em.persist(event);
        em.flush();
        return event.getId();
    }

    /** What {@link ExportService#page} does: stamp in a transaction of its own, then read. */
    private static ExportPage stampAndRead(EntityManagerFactory entityManagerFactory, ExportCursor cursor) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            ExportStamper.stamp(em, EVENTS, ExportStamping.BATCH);
            em.getTransaction().commit();
            em.clear();
            return ExportReader.read(em, EVENTS, cursor);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static List<Long> ids(ExportPage page) {
        return page.records().stream().map(record -> (Long) record.values().get("id")).toList();
    }
}
