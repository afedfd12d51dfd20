package si.utility.portal.account.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.platform.security.AttemptCounter;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestClock;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestData;

/** Log-in checks, throttling, the consent record, and the HTTP-level protections of every page. */
@ExtendWith(ArquillianExtension.class)
class LoginAndConsentIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";
    /** Each test its own client address, so the per-address limits of one test never reach another. */
    private final String client = "test-" + UUID.randomUUID();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    LoginService login;

    @Inject
    ConsentService consents;

    @Inject
    TestData testData;

    @Inject
    AttemptCounter attempts;

    @Inject
    TestClock clock;

    @Inject
    AccountSettings settings;


    @ArquillianResource
    URL base;

    @Test
    void rightPasswordLogsInByPayerCodeOrEmailAndWrongOnesDoNot() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);

        assertThat(login.verify(payer.payerCode(), PASSWORD, client).succeeded()).isTrue();
        assertThat(login.verify(payer.email().toUpperCase(), PASSWORD, client).succeeded()).isTrue();
        assertThat(login.verify(payer.payerCode(), PASSWORD.toLowerCase(), client).outcome())
                .isEqualTo(LoginResult.Outcome.INVALID);
        assertThat(login.verify("no-such-payer", PASSWORD, client).outcome()).isEqualTo(LoginResult.Outcome.INVALID);
    }

    @Test
    void repeatedFailuresAskForCaptchaThenSlowDownWhetherOrNotTheAccountExists() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        String stranger = "stranger-" + payer.payerCode();

        // The clock stands still, so the wait after the third failure has not passed, however slow the machine.
        clock.stop();
        try {
            for (int i = 0; i < 8; i++) {
                assertThat(login.verify(payer.payerCode(), "Wrong-" + i, client).outcome())
                        .isEqualTo(i < 3 ? LoginResult.Outcome.INVALID : LoginResult.Outcome.THROTTLED);
                login.verify(stranger, "Wrong-" + i, client);
            }

            assertThat(login.captchaRequired(payer.payerCode(), client)).isTrue();
            assertThat(login.captchaRequired(stranger, client)).isTrue();
            LoginResult throttled = login.verify(payer.payerCode(), PASSWORD, client);
            assertThat(throttled.outcome()).isEqualTo(LoginResult.Outcome.THROTTLED);
            assertThat(throttled.retryAfter()).isPositive();
        } finally {
            clock.reset();
        }
    }

    @Test
    void payerCodeAndEmailOfOneAccountShareOneCounterKeptInTheDatabase() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);

        login.verify(payer.payerCode(), "Wrong-1", client);
        login.verify(payer.email(), "Wrong-2", client);
        login.verify(" " + payer.email().toUpperCase() + " ", "Wrong-3", client);

        assertThat(login.captchaRequired(payer.payerCode(), "another-" + client)).isTrue();
        long accountId = testData.accountOf(payer.payerCode()).orElseThrow().getId();
        assertThat(attempts.current(LoginService.ACCOUNT, String.valueOf(accountId)).count()).isEqualTo(3);
    }

    @Test
    void failuresFromOneClientAddressAskForTheCaptchaWhateverNameComesNext() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        int threshold = settings.captchaAfterFailuresPerAddress();
        // The clock stands still, so the wait after the threshold has not passed, however slow the machine.
        clock.stop();
        try {
            for (int i = 0; i < threshold + 3; i++) {
                assertThat(login.verify("", "Wrong", client).outcome())
                        .isEqualTo(i < threshold ? LoginResult.Outcome.INVALID : LoginResult.Outcome.THROTTLED);
            }

            assertThat(login.captchaRequired(payer.payerCode(), client)).isTrue();
            assertThat(login.verify(payer.payerCode(), PASSWORD, client).outcome())
                    .isEqualTo(LoginResult.Outcome.THROTTLED);
            assertThat(login.captchaRequired(payer.payerCode(), "another-" + client)).isFalse();
            assertThat(login.verify(payer.payerCode(), PASSWORD, "another-" + client).succeeded()).isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void anyTypedNameOrPasswordIsJustAnInvalidLogin() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        String megabyte = "1".repeat(1_000_000);

        for (String name : new String[] {null, "", "   ", megabyte, payer.payerCode() + "\r\nINFO: forged",
                payer.payerCode() + "\u0000"}) {
            assertThat(login.verify(name, PASSWORD, client).outcome()).as("name %.20s", name)
                    .isEqualTo(LoginResult.Outcome.INVALID);
            assertThat(login.captchaRequired(name, "another-" + client)).isFalse();
        }
        for (String password : new String[] {null, "", megabyte, PASSWORD + "\u0000"}) {
            assertThat(login.verify(payer.payerCode(), password, "another-" + client).outcome())
                    .isEqualTo(LoginResult.Outcome.INVALID);
        }
    }

    @Test
    void aFailedLogInIsLoggedWithoutTheTypedNameOrEmailAddress() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(LoginService.class.getName());
        log.addHandler(capture);
        try {
            login.verify(payer.email(), "Wrong-1", client);
            login.verify("nobody-" + payer.email(), "Wrong-1", client + "\r\nSEVERE: forged");
        } finally {
            log.removeHandler(capture);
        }

        assertThat(logged).hasSize(2).allSatisfy(line -> assertThat(line)
                .doesNotContain(payer.email(), "\r", "\n").startsWith("Failed log-in"));
    }

    @Test
    void concurrentFailuresUnderANewKeyAreEachCounted() throws Exception {
        String subject = "race-" + client;
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(executor.submit(() -> attempts.recordFailure("test-race", subject)));
        }
        for (Future<?> task : tasks) {
            task.get(60, TimeUnit.SECONDS);
        }

        assertThat(attempts.current("test-race", subject).count()).isEqualTo(8);
    }

    @Test
    void consentIsRecordedAndDeclineClosesThePortalAgain() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        long accountId = login.verify(payer.payerCode(), PASSWORD, client).accountId();

        assertThat(consents.hasConsented(accountId)).isFalse();
        consents.accept(accountId);
        assertThat(consents.hasConsented(accountId)).isTrue();
        consents.decline(accountId);
        assertThat(consents.hasConsented(accountId)).isFalse();
    }

    @Test
    @RunAsClient
    void portalPagesNeedALoginAndEveryResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> home = client.send(get(""), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/login"));

        HttpResponse<String> loginPage = client.send(get("account/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().allValues("Content-Security-Policy"))
                .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"))
                .anySatisfy(policy -> assertThat(policy).contains("script-src 'self' 'nonce-"));
        assertThat(loginPage.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(loginPage.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).contains("JSESSIONID").contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        assertThat(loginPage.body()).contains("Registracija za nove uporabnike");
    }

    @Test
    @RunAsClient
    void unknownPagesShowTheNotFoundPageWithoutStackTrace() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(get("resources/no-such-file.css"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains(slovenian("error.not-found.title"))
                .doesNotContainPattern("\\.java:\\d+\\)").doesNotContainPattern("(?m)^\\s*at [a-z]+\\.");
    }

    @Test
    @RunAsClient
    void aForgedOrEmptyViewStateShowsTheLoginPageAgainWithAMessage() throws Exception {
        for (String viewState : new String[] {"forged", ""}) {
            HttpClient client = clientWithCookies();
            LoginForm form = LoginForm.get(client, base);

            HttpResponse<String> post = client.send(form.post(viewState, form.nonce()),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(post.statusCode()).as("ViewState %s", viewState).isEqualTo(302);
            assertShownAgainWithTheExpiredMessage(client, post);
        }
        HttpClient client = clientWithCookies();
        LoginForm form = LoginForm.get(client, base);
        HttpResponse<String> withoutViewState = client.send(form.post(null, form.nonce()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutViewState.statusCode()).as("no view state: not a postback, the page as asked").isEqualTo(200);
        assertThat(withoutViewState.body()).contains("<h1>" + slovenian("login.title") + "</h1>");

        HttpResponse<String> withoutSession = HttpClient.newHttpClient().send(
                LoginForm.post(base, "jakarta.faces.ViewState=forged"), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutSession.statusCode()).isEqualTo(302);
        assertThat(withoutSession.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/login"));
    }

    @Test
    @RunAsClient
    void anAjaxPostWithAForgedViewStateIsSentToTheLoginPageAgain() throws Exception {
        HttpClient client = clientWithCookies();
        LoginForm form = LoginForm.get(client, base);

        HttpResponse<String> ajax = client.send(LoginForm.post(base, form.fields("forged", form.nonce())
                        + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=login%3Asubmit"
                        + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=%40all",
                "Faces-Request", "partial/ajax"), HttpResponse.BodyHandlers.ofString());

        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body()).containsPattern("<partial-response[^>]*><redirect url=\"[^\"]*/account/login\"");
        HttpResponse<String> again = client.send(get("account/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains(slovenian("error.formExpired")).contains("id=\"login\"");
    }

    @Test
    @RunAsClient
    void aLoginPostWithoutOrWithAnotherCspNonceShowsTheLoginPageAgainWithAMessage() throws Exception {
        for (String nonce : new String[] {null, "", "not-the-pages-nonce"}) {
            HttpClient client = clientWithCookies();
            LoginForm form = LoginForm.get(client, base);

            HttpResponse<String> post = client.send(form.post(form.viewState(), nonce),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(post.statusCode()).as("nonce %s", nonce).isEqualTo(302);
            assertShownAgainWithTheExpiredMessage(client, post);
        }
    }

    @Test
    @RunAsClient
    void aMultipartLoginPostIsTakenLikeAnyOtherAndWithoutNonceShownAgain() throws Exception {
        HttpClient client = clientWithCookies();
        LoginForm form = LoginForm.get(client, base);
        HttpResponse<String> taken = client.send(form.multipart(form.nonce()), HttpResponse.BodyHandlers.ofString());
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains(slovenian("login.invalid"));

        form = LoginForm.get(client, base);
        HttpResponse<String> withoutNonce = client.send(form.multipart(null), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutNonce.statusCode()).isEqualTo(302);
        assertShownAgainWithTheExpiredMessage(client, withoutNonce);
    }

    @Test
    @RunAsClient
    void aHundredMoreFullPagePostbacksOfTheLoginPageDoNotGrowItsSavedViewState() throws Exception {
        HttpClient client = clientWithCookies();
        LoginForm form = postBack(client, LoginForm.get(client, base), 20);
        long afterTwentyPosts = viewStateSize(client);

        postBack(client, form, 100);
        long afterAHundredMore = viewStateSize(client);

        assertThat(afterTwentyPosts).isPositive();
        // Before the fix each postback added PrimeFaces' three head resources to the saved view once more.
        assertThat(afterAHundredMore).isBetween(afterTwentyPosts - 64, afterTwentyPosts + 64);
    }

    /** Sends the login form (a failing log-in) again and again from the page each answer shows. */
    private LoginForm postBack(HttpClient client, LoginForm form, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            HttpResponse<String> page = client.send(form.post(form.viewState(), form.nonce()),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            form = form.next(page.body());
        }
        return form;
    }

    private long viewStateSize(HttpClient client) throws Exception {
        return Long.parseLong(client.send(get("test-fixtures/view-state-size"), HttpResponse.BodyHandlers.ofString())
                .body().trim());
    }

    private void assertShownAgainWithTheExpiredMessage(HttpClient client, HttpResponse<String> redirect)
            throws Exception {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/account/login");
        HttpResponse<String> again = client.send(get(location), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("<h1>" + slovenian("login.title") + "</h1>")
                .contains(slovenian("error.formExpired")).contains("id=\"login\"");
    }

    private static HttpClient clientWithCookies() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The login page's form as a script sees it: its view state, its CSP nonce and its fields. */
    private record LoginForm(URL base, String viewState, String nonce, String user) {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
        private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'");

        static LoginForm get(HttpClient client, URL base) throws Exception {
            String page = client.send(HttpRequest.newBuilder(base.toURI().resolve("account/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new LoginForm(base, find(VIEW_STATE, page), find(NONCE, page), "nobody-" + UUID.randomUUID());
        }

        /** The same form with another user name typed in. */
        LoginForm typing(String userName) {
            return new LoginForm(base, viewState, nonce, userName);
        }

        /** The form again as the answer to a post shows it, for the same user name. */
        LoginForm next(String page) {
            return new LoginForm(base, find(VIEW_STATE, page), find(NONCE, page), user);
        }

        private static String find(Pattern pattern, String page) {
            Matcher matcher = pattern.matcher(page);
            assertThat(matcher.find()).as(pattern.pattern()).isTrue();
            return matcher.group(1);
        }

        String fields(String withViewState, String withNonce) {
            StringBuilder fields = new StringBuilder("login=login&login%3Ausername=" + URLEncoder.encode(user, UTF_8)
                    + "&login%3Apassword=Wrong-1&login%3Asubmit=x");
            if (withViewState != null) {
                fields.append("&jakarta.faces.ViewState=").append(URLEncoder.encode(withViewState, UTF_8));
            }
            if (withNonce != null) {
                fields.append("&primefaces.nonce=").append(URLEncoder.encode(withNonce, UTF_8));
            }
            return fields.toString();
        }

        HttpRequest post(String withViewState, String withNonce) throws Exception {
            return post(base, fields(withViewState, withNonce));
        }

        static HttpRequest post(URL base, String body, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("account/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            return (headers.length == 0 ? request : request.headers(headers)).build();
        }

        HttpRequest multipart(String withNonce) throws Exception {
            String boundary = "portal-test-boundary";
            StringBuilder body = new StringBuilder();
            for (String field : fields(viewState, withNonce).split("&")) {
                String[] nameAndValue = field.split("=", 2);
                body.append("--").append(boundary).append("\r\n")
                        .append("Content-Disposition: form-data; name=\"")
                        .append(URLDecoder.decode(nameAndValue[0], UTF_8)).append("\"\r\n\r\n")
                        .append(URLDecoder.decode(nameAndValue[1], UTF_8)).append("\r\n");
            }
            body.append("--").append(boundary).append("--\r\n");
            return HttpRequest.newBuilder(base.toURI().resolve("account/login"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), UTF_8)).build();
        }
    }

    @Test
    @RunAsClient
    void emptyHugeOrForgedUserNamesPostedToTheLoginPageAreAnsweredWithTheLoginMessage() throws Exception {
        HttpClient http = clientWithCookies();
        // Control characters never reach the log-in: every form field refuses them with its own message.
        Map<String, String> expected = Map.of("", "login.invalid", "x".repeat(300_000), "login.invalid",
                "1234\r\nSEVERE: forged\u0000", "text.controlCharacters");
        for (Map.Entry<String, String> name : expected.entrySet()) {
            LoginForm form = LoginForm.get(http, base).typing(name.getKey());

            HttpResponse<String> answer = http.send(form.post(form.viewState(), form.nonce()),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as("name of %d chars", name.getKey().length()).isEqualTo(200);
            assertThat(answer.body()).as("name of %d chars", name.getKey().length())
                    .contains(slovenian(name.getValue()));
        }
    }

    private HttpRequest get(String path) throws Exception {
        URI uri = base.toURI().resolve(path);
        return HttpRequest.newBuilder(uri).header("Accept-Language", "sl").GET().build();
    }
}
