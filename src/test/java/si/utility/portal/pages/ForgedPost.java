package si.utility.portal.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Posts a form of the page shown with some fields changed, as a script (or an attacker with the page's cookie)
 * could, through the browser's {@code fetch}: the view state, CSP nonce and session are the page's own, so the
 * server sees an ordinary postback whose parameters the page itself would never send. An ajax answer's new view
 * state and nonce are taken over, as PrimeFaces does, so the next post continues the same view.
 */
public final class ForgedPost {

    /** The HTTP status and body of the server's answer. */
    public record Answer(int status, String body) {
    }

    private static final String SCRIPT = """
            const [formId, fields, ajax, done] = arguments;
            const form = document.getElementById(formId);
            const data = new URLSearchParams(new FormData(form));
            Object.entries(fields).forEach(([name, value]) => data.set(name, value));
            const headers = {'Content-Type': 'application/x-www-form-urlencoded'};
            if (ajax) {
                headers['Faces-Request'] = 'partial/ajax';
            }
            fetch(form.action, {method: 'POST', body: data.toString(), headers, redirect: 'manual'})
                .then(response => response.text().then(body => {
                    const state = /jakarta\\.faces\\.ViewState[^"]*"><!\\[CDATA\\[([^\\]]*)\\]\\]>/.exec(body);
                    if (ajax && state) {
                        document.querySelectorAll('input[name="jakarta.faces.ViewState"]')
                            .forEach(input => input.value = state[1]);
                    }
                    done([response.status, body]);
                }))
                .catch(error => done([-1, String(error)]));
            """;

    private ForgedPost() {
    }

    /** A full postback of the form with these fields set (a button's name among them, to run its action). */
    public static Answer submit(WebDriver driver, String formId, Map<String, String> fields) {
        return post(driver, formId, fields, false);
    }

    /** A Faces ajax request on the form with these fields set (the {@code jakarta.faces.*} ones among them). */
    public static Answer ajax(WebDriver driver, String formId, Map<String, String> fields) {
        return post(driver, formId, fields, true);
    }

    private static Answer post(WebDriver driver, String formId, Map<String, String> fields, boolean ajax) {
        List<?> answer = (List<?>) ((JavascriptExecutor) driver).executeAsyncScript(SCRIPT, formId, fields, ajax);
        return new Answer(((Number) answer.get(0)).intValue(), (String) answer.get(1));
    }
}
