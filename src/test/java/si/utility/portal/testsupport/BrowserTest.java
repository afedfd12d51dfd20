package si.utility.portal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Base of the browser tests: the portal deployed as it ships, tested from outside (through the browser, HTTP and
 * GreenMail only), and a headless Chromium for each test class.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTest {

    /** One field for every subclass; the extension starts and stops the browser around each class in turn. */
    @RegisterExtension
    protected static final Browser browser = new Browser();

    /** Where the portal is deployed, e.g. {@code http://localhost:8181/portal/}. */
    @ArquillianResource
    protected URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A failed test prints what the server's threads are doing, so a page that never came shows where it waits. */
    @RegisterExtension
    final TestWatcher serverThreadsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.out.println("Server threads after " + context.getDisplayName() + " failed:\n" + serverThreads());
        }
    };

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The status of a GET with the browser's session cookies, as a client sees it before any error page. */
    protected int statusWithSession(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", browser.cookieHeader()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String serverThreads() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "test-fixtures/server/threads"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | RuntimeException e) {
            return "not available: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not available: interrupted";
        }
    }
}
