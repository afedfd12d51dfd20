package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.utility.portal.platform.persistence.SchemaMigrationAccess;
import si.utility.portal.testsupport.TestDatabase;

/**
 * The outbox claim ({@link OutgoingMail#CLAIM}) on Derby and PostgreSQL, with plain JPA outside a server: two
 * pollers claiming the same messages at once each get a share and no message twice; a claim holds until its
 * lease runs out.
 */
class OutboxClaimIT {

    private static final Instant NOW = Instant.parse("2026-10-25T00:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MESSAGES = 60;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoPollersClaimingAtOnceGetEachMessageExactlyOnce(TestDatabase database) throws Exception {
        DataSource dataSource = database.emptyDatabase();
        SchemaMigrationAccess.migrate(dataSource);
        // Each poller a node of its own (its own EclipseLink session), as two servers are: only the database is shared.
        EntityManagerFactory nodeA = TestDatabase.persistenceUnit(dataSource, "node-a");
        EntityManagerFactory nodeB = TestDatabase.persistenceUnit(dataSource, "node-b");
        try {
            List<Long> ids = persistMessages(nodeA, MESSAGES);
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Set<Long>> first = () -> claimAll(nodeA, "node-a", ids, start);
            Callable<Set<Long>> second = () -> claimAll(nodeB, "node-b", ids, start);
            ExecutorService pollers = Executors.newFixedThreadPool(2);
            List<Set<Long>> claimed = new ArrayList<>();
            try {
                for (Future<Set<Long>> result : pollers.invokeAll(List.of(first, second))) {
                    claimed.add(result.get());
                }
            } finally {
                pollers.shutdownNow();
            }

            Set<Long> both = new HashSet<>(claimed.get(0));
            both.retainAll(claimed.get(1));
            assertThat(both).as("messages claimed by both pollers").isEmpty();
            Set<Long> either = new HashSet<>(claimed.get(0));
            either.addAll(claimed.get(1));
            assertThat(either).as("messages claimed by one of them").containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            nodeA.close();
            nodeB.close();
        }
    }

    /**
     * The JVM's zone is left alone: EclipseLink and the Derby driver keep the zone they first saw in static caches,
     * so a test that changed it would change how the next tests in this JVM store times (this one made the test
     * above claim nothing when it ran first). Storing instants whatever the zone is DatabaseSchemaIT's.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClaimHoldsUntilItsLeaseRunsOutAndThenAnotherPollerMayTakeOver(TestDatabase database) {
        EntityManagerFactory entityManagerFactory = migratedPersistenceUnit(database);
        try {
            long id = persistMessages(entityManagerFactory, 1).get(0);

            assertThat(claim(entityManagerFactory, id, "node-a", NOW)).isTrue();
            assertThat(claim(entityManagerFactory, id, "node-a", NOW.plusSeconds(1))).as("claimed again").isFalse();
            assertThat(claim(entityManagerFactory, id, "node-b", NOW.plus(LEASE).minusSeconds(1))).isFalse();
            assertThat(claim(entityManagerFactory, id, "node-b", NOW.plus(LEASE).plusSeconds(1)))
                    .as("taken over after node-a's lease ran out").isTrue();
            assertThat(claimedBy(entityManagerFactory, id)).isEqualTo("node-b");
            assertThat(claim(entityManagerFactory, id, "node-c", NOW.minusSeconds(1))).as("not due yet").isFalse();
        } finally {
            entityManagerFactory.close();
        }
    }

    /** The back office's "send again" ({@link OutgoingMail#RESEND}) queues a given-up message and nothing else. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aResendQueuesAGivenUpMessageOnceAndLeavesAClaimedOneAlone(TestDatabase database) {
        EntityManagerFactory entityManagerFactory = migratedPersistenceUnit(database);
        try {
            EntityManager em = entityManagerFactory.createEntityManager();
            em.getTransaction().begin();
            OutgoingMail givenUp = OutgoingMailSamples.givenUp(new MailMessage("ana@example.com", "Opuščeno",
                    "Besedilo"), NOW, 3);
            OutgoingMail bodyless = OutgoingMailSamples.givenUp(new MailMessage("ana@example.com", "Prazno", ""),
                    NOW, 3);
            em.persist(givenUp);
            em.persist(bodyless);
            em.getTransaction().commit();
            em.close();
            long id = (Long) entityManagerFactory.getPersistenceUnitUtil().getIdentifier(givenUp);
            long bodylessId = (Long) entityManagerFactory.getPersistenceUnitUtil().getIdentifier(bodyless);

            assertThat(claim(entityManagerFactory, id, "node-a", NOW)).as("given up: not due").isFalse();
            assertThat(resend(entityManagerFactory, bodylessId, NOW)).as("no body to send").isZero();
            assertThat(resend(entityManagerFactory, id, NOW)).isEqualTo(1);
            assertThat(claim(entityManagerFactory, id, "node-a", NOW)).as("due again").isTrue();
            assertThat(resend(entityManagerFactory, id, NOW.plusSeconds(1))).as("claimed, not given up").isZero();
            assertThat(claimedBy(entityManagerFactory, id)).isEqualTo("node-a");
        } finally {
            entityManagerFactory.close();
        }
    }

    private static int resend(EntityManagerFactory entityManagerFactory, long id, Instant now) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            int updated = em.createNamedQuery(OutgoingMail.RESEND).setParameter("id", id).setParameter("now", now)
                    .executeUpdate();
            em.getTransaction().commit();
            return updated;
        } finally {
            em.close();
        }
    }

    private static EntityManagerFactory migratedPersistenceUnit(TestDatabase database) {
        DataSource dataSource = database.emptyDatabase();
        SchemaMigrationAccess.migrate(dataSource);
        return TestDatabase.persistenceUnit(dataSource);
    }

    private static List<Long> persistMessages(EntityManagerFactory entityManagerFactory, int count) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            List<OutgoingMail> mails = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                OutgoingMail mail = new OutgoingMail(new MailMessage("ana@example.com", "Sporočilo " + i, "Besedilo"),
                        NOW);
                em.persist(mail);
                mails.add(mail);
            }
            em.getTransaction().commit();
            return mails.stream().map(mail -> (Long) entityManagerFactory.getPersistenceUnitUtil().getIdentifier(mail))
                    .toList();
        } finally {
            em.close();
        }
    }

    private static Set<Long> claimAll(EntityManagerFactory entityManagerFactory, String poller, List<Long> ids,
            CyclicBarrier start) throws Exception {
        start.await();
        Set<Long> claimed = new HashSet<>();
        for (long id : ids) {
            if (claim(entityManagerFactory, id, poller, NOW)) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** What {@link MailDelivery#claim} does, in a transaction of its own. */
    private static boolean claim(EntityManagerFactory entityManagerFactory, long id, String poller, Instant now) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            int updated = em.createNamedQuery(OutgoingMail.CLAIM)
                    .setParameter("poller", poller)
                    .setParameter("leaseUntil", now.plus(LEASE))
                    .setParameter("id", id)
                    .setParameter("now", now)
                    .executeUpdate();
            em.getTransaction().commit();
            return updated == 1;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static String claimedBy(EntityManagerFactory entityManagerFactory, long id) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return em.createQuery("SELECT m.claimedBy FROM OutgoingMail m WHERE m.id = :id", String.class)
                    .setParameter("id", id).getSingleResult();
        } finally {
            em.close();
        }
    }
}
