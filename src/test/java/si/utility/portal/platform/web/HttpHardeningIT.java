package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.NewPayer;

/**
 * Security headers and refused requests over plain HTTP, on what the portal renders and on what the container and
 * the login mechanism answer by themselves (redirects, 404, refused methods). A browser logs in where a signed-in
 * session is needed; its cookie then travels with plain HTTP requests.
 */
class HttpHardeningIT extends BrowserTest {

    private static final String PASSWORD = "Zelenje-42-Velenje";

    private final HttpClient http = HttpClient.newHttpClient();
    private URI portal;

    @BeforeEach
    void portal() throws Exception {
        portal = base.toURI();
    }

    @Test
    void aPublicPageCarriesTheHeadersAndOnePolicyWithPrimeFacesNonce() throws Exception {
        HttpResponse<String> page = send("GET", "account/login", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());
        assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().satisfies(policy -> assertThat(
                policy).startsWith(SecurityHeaders.CONTENT_SECURITY_POLICY + " 'nonce-"));
        assertThat(page.body()).contains("nonce=\"");
    }

    @Test
    void aSignedInPageIsNeverStored() throws Exception {
        HttpResponse<String> page = send("GET", "profile/my-profile", signedInSession());

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theRedirectToTheLoginPageCarriesTheHeaders() throws Exception {
        HttpResponse<String> redirect = send("GET", "consumption/point", null);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/login"));
        assertSecurityHeaders(redirect.headers());
    }

    @Test
    void theRedirectFromTheRootToTheLandingPageCarriesTheHeaders() throws Exception {
        HttpResponse<String> redirect = send("GET", "", signedInSession());

        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/index"));
        assertSecurityHeaders(redirect.headers());
    }

    @Test
    void notFoundCarriesTheHeaders() throws Exception {
        HttpResponse<String> missing = send("GET", "resources/no-such-file.css", null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missing.headers());
    }

    /** Payara refuses TRACE itself, before any application code, so that answer has none of the headers. */
    @Test
    void optionsAndTraceAreRefusedOptionsWithTheHeaders() throws Exception {
        for (String path : new String[] {"account/login", "consumption/point", "captcha/image", "index"}) {
            HttpResponse<String> options = send("OPTIONS", path, null);
            assertThat(options.statusCode()).as("OPTIONS " + path).isEqualTo(405);
            assertThat(options.body()).as("OPTIONS " + path).isEmpty();
            assertSecurityHeaders(options.headers());

            HttpResponse<String> trace = send("TRACE", path, null);
            assertThat(trace.statusCode()).as("TRACE " + path).isEqualTo(405);
            assertThat(trace.body()).as("TRACE " + path).isEmpty();
        }
        HttpResponse<String> signedIn = send("OPTIONS", "profile/my-profile", signedInSession());
        assertThat(signedIn.statusCode()).isEqualTo(405);
        assertThat(signedIn.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
        assertSecurityHeaders(signedIn.headers());
    }

    @Test
    void aSessionIdInTheUrlIsRefused() throws Exception {
        String session = signedInSession();
        HttpResponse<String> withCookie = send("GET", "profile/my-data", session);
        assertThat(withCookie.statusCode()).isEqualTo(200);
        assertThat(withCookie.body()).contains("payerCode");

        HttpResponse<String> fromUrl = send("GET", "profile/my-data;jsessionid="
                + browser.driver().manage().getCookieNamed("JSESSIONID").getValue(), null);

        assertThat(fromUrl.statusCode()).isEqualTo(400);
        assertThat(fromUrl.body()).doesNotContain("payerCode");
        assertThat(fromUrl.headers().allValues("Set-Cookie")).isEmpty();
        assertSecurityHeaders(fromUrl.headers());
    }

    /** Logs a fresh consented account in with the browser and answers its session cookie as "name=value". */
    private String signedInSession() {
        NewPayer payer = new Fixtures(base).newActiveAccount(PASSWORD, true);
        LoginPage.open(browser.driver(), base).logIn(payer.payerCode(), PASSWORD);
        return browser.cookieHeader();
    }

    private HttpResponse<String> send(String method, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith(SecurityHeaders.CONTENT_SECURITY_POLICY));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
        // The tests serve plain HTTP; SecurityHeadersTest pins HSTS for an https:// base URL.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }
}
