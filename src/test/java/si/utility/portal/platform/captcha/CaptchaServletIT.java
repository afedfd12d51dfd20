package si.utility.portal.platform.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import si.utility.portal.testsupport.BrowserTest;

/**
 * /captcha/* from outside: a bare request makes neither a session nor a challenge; the captcha of a rendered form
 * is served. Plain HTTP (the browser of BrowserTest stays unused).
 */
class CaptchaServletIT extends BrowserTest {

    private static final int ANONYMOUS_REQUESTS = 10_000;

    private URI portal;

    @BeforeEach
    void portal() throws Exception {
        portal = base.toURI();
    }

    @Test
    void tenThousandAnonymousRequestsMakeNoSessionAndNoChallenge() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        long sessionsBefore = Long.parseLong(get(anonymous, "test-fixtures/server/sessions-created").body());
        long heapBefore = Long.parseLong(get(anonymous, "test-fixtures/server/heap").body());

        for (int i = 0; i < ANONYMOUS_REQUESTS; i++) {
            HttpResponse<byte[]> answer = anonymous.send(HttpRequest.newBuilder(portal.resolve(
                    i % 2 == 0 ? "captcha/image?g=1" : "captcha/audio?g=1")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }

        long sessionsAfter = Long.parseLong(get(anonymous, "test-fixtures/server/sessions-created").body());
        long heapAfter = Long.parseLong(get(anonymous, "test-fixtures/server/heap").body());
        assertThat(sessionsAfter).isEqualTo(sessionsBefore);
        System.out.printf("CaptchaServletIT: %,d anonymous captcha requests: %d sessions made, heap in use after GC "
                + "%,d KB before, %,d KB after (%+,d KB)%n", ANONYMOUS_REQUESTS, sessionsAfter - sessionsBefore,
                heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / 1024);
    }

    @Test
    void theCaptchaOfARenderedFormIsServedAsImageAndSpeech() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(get(visitor, "captcha/image?g=1").statusCode()).isEqualTo(404);

        HttpResponse<String> form = get(visitor, "account/register");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("/captcha/image?g=1");

        HttpResponse<byte[]> image = visitor.send(HttpRequest.newBuilder(portal.resolve("captcha/image?g=1")).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        HttpResponse<byte[]> audio = visitor.send(HttpRequest.newBuilder(portal.resolve("captcha/audio?g=1")).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/wav");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(portal.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
