package si.utility.portal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.SqlStatementCounter;

/**
 * Every customer page under load from outside, against a Faces page that reads no data ({@code /terms}) in the
 * same run: {@value #SESSIONS} customers log in through the real login form, then Debian's {@code wrk} drives each
 * page with {@value #CONNECTIONS} connections, the requests spread over the sessions, for the demo payer and for
 * a large payer ({@link PageSpeedData}). Prints per page requests/s, p50/p95/p99 and the ratio to the floor (the
 * mean of the floor measured before and after the pages) and the SQL statements of one (second) view of it, and
 * the serialized session of a customer who visited every page. Not part of the test suite: {@code ./mvnw verify -Pbenchmark -Dit.test=PageSpeedBenchmark}
 * ({@code -Dportal.benchmark.page-seconds=15} per page after a warm-up of a third of it;
 * {@code -Dportal.benchmark.pages=landing,readings + chart} for some pages only;
 * {@code -Dportal.benchmark.show-sql=true} prints each page's statements). With
 * {@code -Dportal.benchmark.import-scale=0.02}, a batch of that scale ({@link ExchangeBatchGenerator}) then arrives
 * through the drop folder and the demo payer's pages are measured again, with the ratio of the p95s (issue 10:
 * after a large import no worse than 1.25 times); the large payer is then left out.
 */
@ExtendWith(ArquillianExtension.class)
class PageSpeedBenchmark {

    private static final int SESSIONS = 100;
    private static final int CONNECTIONS = 32;
    private static final String PASSWORD = "Hitrost-42-Strani";
    private static final String DEMO_PAYER = "1234";

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal().addClasses(PageSpeedData.class, PageSpeedData.Customer.class,
                PageSpeedFixtureServlet.class).addAsResource("benchmark/sessions.lua");
    }

    private record Page(String name, String path) {
    }

    @Test
    void everyCustomerPageAgainstTheFloor() throws Exception {
        Duration measured = Duration.ofSeconds(Long.getLong("portal.benchmark.page-seconds", 15));
        new Fixtures(base).awaitDemoData();
        StringBuilder report = new StringBuilder("\nPAGE SPEED BENCHMARK: " + SESSIONS + " sessions, "
                + CONNECTIONS + " connections, " + measured.toSeconds() + " s a page; load average at start "
                + loadAverage() + "\n");
        String[] demoCustomer = customer("demo-account?payerCode=" + DEMO_PAYER);
        Scenario demo = scenario("demo payer " + DEMO_PAYER, demoCustomer, measured);
        report.append(demo.table());
        String importScale = System.getProperty("portal.benchmark.import-scale", "");
        if (!importScale.isBlank()) {
            String imported = importThroughDropFolder(Double.parseDouble(importScale));
            Scenario after = scenario("demo payer " + DEMO_PAYER + " after " + imported, demoCustomer, measured);
            report.append(after.table()).append(p95Ratios(demo, after));
        } else {
            report.append(scenario("large payer (" + PageSpeedData.POINTS + " points, " + PageSpeedData.YEARS
                + " years of monthly readings, " + PageSpeedData.YEARS * 12 + " invoices, "
                + PageSpeedData.OPEN_ITEMS + " open items)", customer("large-account?"), measured).table());
        }
        report.append("load average at end ").append(loadAverage()).append('\n');
        System.out.println(report);
    }

    /** A scenario's printed table and its pages' results in the order measured. */
    private record Scenario(String table, List<Page> pages, List<Wrk.Result> results) {
    }

    private Scenario scenario(String title, String[] customer, Duration measured) throws Exception {
        String point = "?code=" + customer[1];
        List<Page> pages = List.of(new Page("landing", "index"), new Page("point", "consumption/point" + point),
                new Page("readings + chart", "consumption/readings" + point),
                new Page("price list", "consumption/prices" + point), new Page("invoices", "billing/invoices"),
                new Page("one invoice", "billing/invoice?number=" + customer[2]),
                new Page("open items", "billing/open-items"), new Page("contact", "contact/messages"),
                new Page("profile", "profile/my-profile")).stream().filter(PageSpeedBenchmark::chosen).toList();
        URI portal = base.toURI();
        FormLogin login = new FormLogin(portal);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(login.logIn(customer[0], PASSWORD));
        }
        String visitedOnce = login.logIn(customer[0], PASSWORD);
        List<Integer> statements = new ArrayList<>();
        for (Page page : pages) {
            String token = "page-speed-" + System.nanoTime();
            checkShown(portal.resolve(page.path()), visitedOnce);
            checkShown(portal.resolve(page.path()), visitedOnce + "; " + SqlStatementCounter.COOKIE + "=" + token);
            statements.add(new Fixtures(base).sqlStatements(token));
            if (Boolean.getBoolean("portal.benchmark.show-sql")) {
                System.out.println("SQL of " + page.name() + " (" + title + "):\n  "
                        + String.join("\n  ", new Fixtures(base).sqlStatementTexts(token)));
            }
        }
        String freshSession = sessionSize(visitedOnce);

        Wrk wrk = new Wrk(sessions, CONNECTIONS);
        Page floorPage = new Page("floor: /terms", "terms");
        Wrk.Result floorBefore = measure(wrk, portal, floorPage, measured);
        List<Wrk.Result> results = new ArrayList<>();
        for (Page page : pages) {
            results.add(measure(wrk, portal, page, measured));
        }
        Wrk.Result floorAfter = measure(wrk, portal, floorPage, measured);
        double floor = (floorBefore.perSecond() + floorAfter.perSecond()) / 2;
        for (String session : sessions) {
            checkShown(portal.resolve(pages.get(0).path()), session);
        }

        StringBuilder table = new StringBuilder("\n" + title + "\n");
        table.append("| page | req/s | p50 ms | p95 ms | p99 ms | ÷ floor | SQL |\n|---|---|---|---|---|---|---|\n");
        table.append(row(floorPage.name() + " (before)", floorBefore, floor, ""));
        for (int i = 0; i < pages.size(); i++) {
            table.append(row(pages.get(i).name(), results.get(i), floor, String.valueOf(statements.get(i))));
        }
        table.append(row(floorPage.name() + " (after)", floorAfter, floor, ""));
        table.append("serialized session after one visit of every page: ").append(freshSession);
        table.append("serialized session of a benchmark session after the load: ")
                .append(sessionSize(sessions.get(0)));
        return new Scenario(table.toString(), pages, results);
    }

    /**
     * Generates the batch beside the drop folder, moves it in whole (the portal claims a folder once its
     * manifest is there) and waits until the portal filed it away as done. Answers what was imported.
     */
    private static String importThroughDropFolder(double scale) throws IOException, InterruptedException {
        Path inbox = Path.of(System.getProperty("portal.it.data.dir"), "inbox");
        String batchId = "page-speed-" + System.currentTimeMillis();
        Path staged = Files.createDirectories(inbox.resolveSibling("staged")).resolve(batchId);
        ExchangeBatchGenerator.Batch batch = new ExchangeBatchGenerator(scale).write(staged, batchId);
        Files.createDirectories(inbox);
        Files.move(staged, inbox.resolve(batchId), StandardCopyOption.ATOMIC_MOVE);
        long started = System.nanoTime();
        Path done = inbox.resolve("done").resolve(batchId + ".report.json");
        Path failed = inbox.resolve("failed").resolve(batchId + ".report.json");
        while (!Files.exists(done)) {
            if (Files.exists(failed) || System.nanoTime() - started > Duration.ofMinutes(30).toNanos()) {
                throw new IllegalStateException("The batch " + batchId + " did not import: "
                        + (Files.exists(failed) ? Files.readString(failed) : "still running after 30 minutes"));
            }
            Thread.sleep(1000);
        }
        return "an import of %,d rows (scale %s) through the drop folder in %.0f s".formatted(batch.rows(), scale,
                (System.nanoTime() - started) / 1e9);
    }

    private static String p95Ratios(Scenario before, Scenario after) {
        StringBuilder table = new StringBuilder("\np95 after the import ÷ p95 before (goal ≤ 1.25)\n"
                + "| page | p95 before ms | p95 after ms | ratio |\n|---|---|---|---|\n");
        for (int i = 0; i < before.pages().size(); i++) {
            double p95Before = before.results().get(i).p95();
            double p95After = after.results().get(i).p95();
            table.append("| %s | %.1f | %.1f | %.2f |%n".formatted(before.pages().get(i).name(), p95Before, p95After,
                    p95After / p95Before));
        }
        return table.toString();
    }

    /** {@code -Dportal.benchmark.pages=landing,open items} measures only these (e.g. while profiling one). */
    private static boolean chosen(Page page) {
        String chosen = System.getProperty("portal.benchmark.pages", "");
        return chosen.isBlank() || List.of(chosen.split(",")).contains(page.name());
    }

    private Wrk.Result measure(Wrk wrk, URI portal, Page page, Duration measured) {
        URI url = portal.resolve(page.path());
        wrk.run(url, measured.dividedBy(3));
        Wrk.Result result = wrk.run(url, measured);
        if (result.errorStatuses() > 0 || result.socketErrors() > 0) {
            throw new IllegalStateException(page.name() + ": " + result);
        }
        return result;
    }

    private static String row(String name, Wrk.Result r, double floor, String statements) {
        return "| %s | %.0f | %.1f | %.1f | %.1f | %.2f | %s |%n".formatted(name, r.perSecond(), r.p50(), r.p95(),
                r.p99(), r.perSecond() / floor, statements);
    }

    /** The page answers 200 to the session, and is the page, not the login form it would show without one. */
    private void checkShown(URI url, String session) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url).header("Cookie", session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || page.body().contains("<form id=\"login\"")) {
            throw new IllegalStateException(url + " answered " + page.statusCode() + " to a signed-in session");
        }
    }

    /** The session's serialized bytes and its three largest attributes. */
    private String sessionSize(String session) throws Exception {
        String[] lines = http.send(HttpRequest.newBuilder(base.toURI().resolve("test-fixtures/page-speed/session-size"))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString()).body().split("\n");
        if (lines[0].equals("-1")) {
            return lines[1] + "\n";
        }
        List<String> attributes = new ArrayList<>(List.of(lines).subList(1, lines.length));
        attributes.sort((a, b) -> Integer.compare(Integer.parseInt(b.split(" ")[0]), Integer.parseInt(a.split(" ")[0])));
        return "%,d bytes (largest: %s)%n".formatted(Integer.parseInt(lines[0]),
                String.join(", ", attributes.subList(0, Math.min(3, attributes.size()))));
    }

    /** Makes the customer through the fixture servlet: payer code, metered point code, an invoice number. */
    private String[] customer(String fixture) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.toURI()
                .resolve("test-fixtures/page-speed/" + fixture + "&password=" + PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(fixture + ": HTTP " + answer.statusCode());
        }
        return answer.body().split(";");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim();
    }
}
