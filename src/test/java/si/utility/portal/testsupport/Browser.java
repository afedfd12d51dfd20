package si.utility.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests of one class: register with
 * {@code @RegisterExtension static final Browser browser = new Browser();}. The system's Chromium and
 * chromedriver are used as they are, so Selenium Manager never looks for (or downloads) a driver. Every
 * test starts without cookies, that is logged out and with the browser's language. A failed test leaves a
 * screenshot and the page source in target/browser-failures.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

    private static final String CHROMIUM = System.getProperty("portal.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("portal.it.chromedriver", "/usr/bin/chromedriver");

    private ChromeDriver driver;
    private Path profile;

    /**
     * The browser's cookies of the page it shows, as one {@code Cookie} header, for a plain HTTP request "as the
     * browser": the session is more than JSESSIONID (Payara adds JSESSIONIDVERSION to a distributable session and
     * finds the session only with both).
     */
    public String cookieHeader() {
        return driver().manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser starts before the first test of the class");
        }
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=sl", "--user-data-dir=" + profile);
        // --lang alone does not reach the Accept-Language header in every Chromium build.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("[^A-Za-z0-9_-]+", "_");
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
