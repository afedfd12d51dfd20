package si.utility.portal.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import si.utility.portal.integration.clients.ApiKeys;
import si.utility.portal.pages.ContactPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.ReadingEntryPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.IntegrationClient;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestData.NewPayer;

/**
 * The integration API on the real WAR over HTTP: API keys (missing, wrong, revoked, valid and stateless), the
 * separation of API and customer pages, the management of clients, and the export (JSON, CSV, paging, account
 * events written by a customer's action). The management secret is arquillian.xml's.
 */
class IntegrationApiIT extends BrowserTest {

    private static final String MANAGEMENT_SECRET = IntegrationClient.MANAGEMENT_SECRET;
    private static final String PASSWORD = "Zelenje-42-Velenje";
    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"(\\d+)\"");
    private static final Pattern RECORD = Pattern.compile("\\{[^{}\\[\\]]*\\}");

    private final HttpClient http = HttpClient.newHttpClient();
    private URI portal;

    @BeforeEach
    void portal() throws Exception {
        portal = base.toURI();
    }

    @Test
    void withoutAKeyTheApiAnswers401JsonWithABearerChallengeNeverTheLoginPage() throws Exception {
        HttpResponse<String> answer = get("api/v1/export/readings", null, null, null);

        assertUnauthorized(answer);
        assertThat(answer.body()).contains("Authorization: Bearer");
    }

    @Test
    void aWrongKeyIsRefusedLikeAMissingOne() throws Exception {
        assertUnauthorized(get("api/v1/export/readings", "Bearer " + ApiKeys.newKey(), null, null));
        assertUnauthorized(get("api/v1/export/readings", "Bearer not-a-key", null, null));
        assertUnauthorized(get("api/v1/export/readings", "Basic a3B2Og==", null, null));
    }

    @Test
    void aValidKeyOpensTheApiWithoutASession() throws Exception {
        String key = createClient("Billing system " + System.nanoTime());

        HttpResponse<String> answer = get("api/v1/export/readings", "Bearer " + key, null, null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"stream\":\"readings\"", "\"records\":[");
        assertThat(answer.headers().allValues("Set-Cookie")).as("no session for an API client").isEmpty();
    }

    @Test
    void aRevokedKeyIsRefused() throws Exception {
        String created = manage("POST", "name=" + "Revoked+client+" + System.nanoTime(), MANAGEMENT_SECRET).body();
        String key = field(created, "key");
        String id = numberField(created, "id");
        assertThat(get("api/v1/export/messages", "Bearer " + key, null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = manage("POST", "revoke=" + id, MANAGEMENT_SECRET);

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertUnauthorized(get("api/v1/export/messages", "Bearer " + key, null, null));
        assertThat(manage("GET", null, MANAGEMENT_SECRET).body())
                .as("listed with its revocation, never with its key").contains("\"id\":" + id + ",")
                .doesNotContain(key).containsPattern("\"id\":" + id + ",[^}]*\"revokedAt\":\"20");
    }

    @Test
    void aCustomerSessionCannotCallTheApi() throws Exception {
        String session = signedInSession(new Fixtures(base).newActiveAccount(PASSWORD, true));

        assertUnauthorized(get("api/v1/export/account-events", null, session, null));
    }

    @Test
    void anApiKeyDoesNotOpenACustomerPage() throws Exception {
        String key = createClient("Curious client " + System.nanoTime());

        HttpResponse<String> page = get("consumption/point", "Bearer " + key, null, null);

        assertThat(page.statusCode()).as("sent to the customer log-in").isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/login"));
    }

    @Test
    void theManagementDoorNeedsItsSecret() throws Exception {
        HttpResponse<String> wrong = manage("GET", null, "guessed-secret");
        HttpResponse<String> none = manage("POST", "name=x", null);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(manage("POST", "name=", MANAGEMENT_SECRET).statusCode()).as("blank name").isEqualTo(400);
        assertThat(manage("POST", "revoke=abc", MANAGEMENT_SECRET).statusCode()).isEqualTo(400);
        assertThat(manage("POST", "revoke=999999999", MANAGEMENT_SECRET).statusCode()).isEqualTo(404);
    }

    @Test
    void badCursorsLimitsAndStreamsAre4xxJsonThatSayWhatIsWrong() throws Exception {
        String key = "Bearer " + createClient("Sloppy client " + System.nanoTime());

        HttpResponse<String> cursor = get("api/v1/export/readings?after=-3", key, null, null);
        HttpResponse<String> limit = get("api/v1/export/readings?limit=5000", key, null, null);
        HttpResponse<String> stream = get("api/v1/export/payers", key, null, null);

        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(cursor.body()).contains("\"message\":\"after must be");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("limit must be a number from 1 to 1000");
        assertThat(stream.statusCode()).isEqualTo(404);
        assertThat(stream.body()).contains("readings, messages or account-events");
    }

    /**
     * A customer's consent (a real action through the pages) appears as an account event, found by paging with
     * one record a page from the cursor taken before it, in JSON and in CSV.
     */
    @Test
    void aCustomersConsentAppearsAsAnAccountEventInJsonAndCsvPages() throws Exception {
        String key = "Bearer " + createClient("Event reader " + System.nanoTime());
        String start = endOfStream(key, "account-events");
        NewPayer payer = new Fixtures(base).newActiveAccount(PASSWORD, false);
        LoginPage.open(browser.driver(), base).logInExpectingConsent(payer.payerCode(), PASSWORD).accept();

        List<String> records = new ArrayList<>();
        String cursor = start;
        for (int page = 0; page < 1000; page++) {
            HttpResponse<String> answer = get("api/v1/export/account-events?limit=1&after=" + cursor, key, null,
                    null);
            assertThat(answer.statusCode()).isEqualTo(200);
            List<String> pageRecords = records(answer.body());
            assertThat(pageRecords).hasSizeLessThanOrEqualTo(1);
            String next = cursorOf(answer.body());
            assertThat(answer.headers().firstValue("X-Next-Cursor")).hasValue(next);
            if (pageRecords.isEmpty()) {
                assertThat(next).as("an empty page keeps the cursor").isEqualTo(cursor);
                break;
            }
            assertThat(Long.parseLong(next)).isGreaterThan(Long.parseLong(cursor));
            records.addAll(pageRecords);
            cursor = next;
        }
        assertThat(records).filteredOn(r -> r.contains("\"payerCode\":\"" + payer.payerCode() + "\""))
                .singleElement().satisfies(r -> assertThat(r).contains("\"type\":\"CONSENT_GIVEN\"",
                        "\"email\":\"" + payer.email() + "\"").containsPattern("\"id\":\\d+"));

        HttpResponse<String> csv = get("api/v1/export/account-events?limit=1000&after=" + start, key, null,
                "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("id,type,accountId,payerCode,email,occurredAt\r\n")
                .containsPattern("\\d+,CONSENT_GIVEN,\\d+," + payer.payerCode() + "," + Pattern.quote(payer.email())
                        + ",20\\d\\d-");
        assertThat(csv.headers().firstValue("X-Next-Cursor")).hasValue(cursor);
    }

    /**
     * What a customer enters through the pages (a reading, a message) reaches the billing system: each appears in
     * its stream after the cursor taken before, with the values entered.
     */
    @Test
    void aReadingAndAMessageEnteredOnThePagesAppearInTheirStreams() throws Exception {
        String key = "Bearer " + createClient("Reading reader " + System.nanoTime());
        String readingsStart = endOfStream(key, "readings");
        String messagesStart = endOfStream(key, "messages");
        MeteredCustomer customer = new Fixtures(base).newMeteredCustomer(PASSWORD, 3);
        LoginPage.open(browser.driver(), base).logIn(customer.payerCode(), PASSWORD);
        browser.driver().get(base + "consumption/reading-entry?code=" + customer.pointCode());
        new ReadingEntryPage(browser.driver()).enter("131");
        ContactPage.open(browser.driver(), base).send("Števec je pod stopnicami.");

        HttpResponse<String> readings = get("api/v1/export/readings?after=" + readingsStart, key, null, null);
        HttpResponse<String> messages = get("api/v1/export/messages?after=" + messagesStart, key, null, null);

        assertThat(readings.statusCode()).as(readings.body()).isEqualTo(200);
        assertThat(records(readings.body())).filteredOn(r -> r.contains("\"pointCode\":\"" + customer.pointCode()))
                .singleElement().satisfies(r -> assertThat(r).contains("\"value\":131", "\"status\":",
                        "\"enteredByAccountId\":" + customer.accountId()));
        assertThat(messages.statusCode()).as(messages.body()).isEqualTo(200);
        assertThat(records(messages.body())).filteredOn(r -> r.contains("\"payerCode\":\"" + customer.payerCode()))
                .singleElement().satisfies(r -> assertThat(r).contains("Števec je pod stopnicami.",
                        "\"senderEmail\":\"" + customer.email() + "\""));
    }

    /** The cursor after everything the stream holds now (other test classes write records too). */
    private String endOfStream(String key, String stream) throws Exception {
        String cursor = "0";
        while (true) {
            HttpResponse<String> answer = get("api/v1/export/" + stream + "?limit=1000&after=" + cursor, key, null,
                    null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            String body = answer.body();
            if (records(body).isEmpty()) {
                return cursor;
            }
            cursor = cursorOf(body);
        }
    }

    private String createClient(String name) throws Exception {
        HttpResponse<String> created = manage("POST", "name=" + name.replace(' ', '+'), MANAGEMENT_SECRET);
        assertThat(created.statusCode()).isEqualTo(201);
        String key = field(created.body(), "key");
        assertThat(ApiKeys.isWellFormed(key)).isTrue();
        return key;
    }

    private HttpResponse<String> manage(String method, String form, String secret) throws Exception {
        // The door answers loopback requests only; Arquillian's base URL may name the machine's own address.
        URI local = new URI(portal.getScheme(), null, "127.0.0.1", portal.getPort(), portal.getPath(), null, null);
        HttpRequest.Builder request = HttpRequest.newBuilder(local.resolve("manage/integration-clients"));
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(form))
                    .header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization, String cookie, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.resolve(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signedInSession(NewPayer payer) {
        LoginPage.open(browser.driver(), base).logIn(payer.payerCode(), PASSWORD);
        return browser.cookieHeader();
    }

    private static void assertUnauthorized(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).startsWith("{").contains("\"status\":401", "\"message\":")
                .doesNotContain("records");
        // No session is started (a customer's existing one may have its JSESSIONIDVERSION moved on by Payara).
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    private static List<String> records(String body) {
        int start = body.indexOf("\"records\":[");
        assertThat(start).as("records in %s", body).isNotNegative();
        String list = body.substring(start, body.indexOf(']', start) + 1);
        List<String> records = new ArrayList<>();
        Matcher matcher = RECORD.matcher(list);
        while (matcher.find()) {
            records.add(matcher.group());
        }
        return records;
    }

    private static String cursorOf(String body) {
        Matcher matcher = NEXT_CURSOR.matcher(body);
        assertThat(matcher.find()).as("nextCursor in %s", body).isTrue();
        return matcher.group(1);
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    private static String numberField(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
