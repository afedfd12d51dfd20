package si.utility.portal.account.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.NewPayer;

/** Log-in checks, throttling, the consent record, and the HTTP-level protections of every page. */
@ExtendWith(ArquillianExtension.class)
class LoginAndConsentIT {

    private static final String PASSWORD = "Zelenje-42-Velenje";

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

    @ArquillianResource
    URL base;

    @Test
    void rightPasswordLogsInByPayerCodeOrEmailAndWrongOnesDoNot() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);

        assertThat(login.verify(payer.payerCode(), PASSWORD).succeeded()).isTrue();
        assertThat(login.verify(payer.email().toUpperCase(), PASSWORD).succeeded()).isTrue();
        assertThat(login.verify(payer.payerCode(), PASSWORD.toLowerCase()).outcome())
                .isEqualTo(LoginResult.Outcome.INVALID);
        assertThat(login.verify("no-such-payer", PASSWORD).outcome()).isEqualTo(LoginResult.Outcome.INVALID);
    }

    @Test
    void repeatedFailuresAskForCaptchaThenSlowDownWhetherOrNotTheAccountExists() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        String stranger = "stranger-" + payer.payerCode();

        for (int i = 0; i < 3; i++) {
            assertThat(login.verify(payer.payerCode(), "Wrong-" + i).outcome()).isEqualTo(LoginResult.Outcome.INVALID);
            login.verify(stranger, "Wrong-" + i);
        }

        assertThat(login.captchaRequired(payer.payerCode())).isTrue();
        assertThat(login.captchaRequired(stranger)).isTrue();
        LoginResult throttled = login.verify(payer.payerCode(), PASSWORD);
        assertThat(throttled.outcome()).isEqualTo(LoginResult.Outcome.THROTTLED);
        assertThat(throttled.retryAfter()).isPositive();
    }

    @Test
    void consentIsRecordedAndDeclineClosesThePortalAgain() {
        NewPayer payer = testData.newActiveAccount(PASSWORD);
        long accountId = login.verify(payer.payerCode(), PASSWORD).accountId();

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
    void unknownPagesAndBrokenRequestsShowAnErrorPageWithoutStackTrace() throws Exception {
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> missing = client.send(get("resources/no-such-file.css"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> broken = client.send(HttpRequest.newBuilder(base.toURI().resolve("account/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "login=login&login:submit=x&jakarta.faces.ViewState=forged"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(missing, broken)) {
            assertThat(response.body()).doesNotContainPattern("\\.java:\\d+\\)")
                    .doesNotContainPattern("(?m)^\\s*at [a-z]+\\.");
        }
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    private HttpRequest get(String path) throws Exception {
        URI uri = base.toURI().resolve(path);
        return HttpRequest.newBuilder(uri).header("Accept-Language", "sl").GET().build();
    }
}
