package si.utility.portal.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks something that loads a page (a form's button, a link) and waits until the browser shows the next
 * document. The old document is marked with a script variable before the click; the next document has a new
 * window global without it. Unlike waiting for an old element to go stale, this asks the current document each
 * time, so an answer Chromium gives about an element of a document it is swapping out cannot stall the wait.
 */
public final class NextDocument {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final String MARK = "window.portalDocumentBeforeClick";

    private NextDocument() {
    }

    public static void click(WebDriver driver, WebElement target, Duration timeout) {
        JavascriptExecutor scripts = (JavascriptExecutor) driver;
        String name = target.getDomAttribute("id");
        scripts.executeScript(MARK + " = true;");
        target.click();
        // While the next document replaces the old one, a script may fail to run: a passing state, asked again.
        new WebDriverWait(driver, timeout, POLL).ignoring(WebDriverException.class)
                .withMessage(() -> "the browser stayed on " + driver.getCurrentUrl() + " after clicking " + name
                        + " (" + state(scripts) + ")")
                .until(d -> Boolean.FALSE.equals(scripts.executeScript("return " + MARK + " === true;")));
    }

    /** Tells a time-out caused by a slow answer (the old document still shown) from one of a page still loading. */
    private static String state(JavascriptExecutor scripts) {
        try {
            return String.valueOf(scripts.executeScript("return (" + MARK + " === true ? 'old document' : "
                    + "'next document') + ', ready state ' + document.readyState;"));
        } catch (WebDriverException e) {
            return "the browser did not answer: " + e.getMessage().lines().findFirst().orElse("");
        }
    }
}
