package si.utility.portal.pages;

import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** consumption/reading-entry: Vnos števčnega stanja. */
public class ReadingEntryPage extends FormPage {

    @FindBy(id = "entry:value")
    private WebElement value;

    @FindBy(id = "entry:submit")
    private WebElement submit;

    public ReadingEntryPage(WebDriver driver) {
        super(driver, "entry");
    }

    /** A reading that is accepted: the readings view opens with it. */
    public ReadingsPage enter(String reading) {
        type(value, reading);
        submit(submit);
        return new ReadingsPage(driver);
    }

    /** Submits the form with these fields set as they are, whatever the page offers; the page stays as it is. */
    public ForgedPost.Answer submitForged(Map<String, String> fields) {
        Map<String, String> post = new HashMap<>(fields);
        post.put("entry:submit", "entry:submit");
        return ForgedPost.submit(driver, "entry", post);
    }

    /** A reading sent with the form's view state replaced, as a forged or damaged post would be. */
    public ReadingEntryPage enterWithViewState(String viewState, String reading) {
        type(value, reading);
        ((JavascriptExecutor) driver).executeScript("var forged = arguments[0];"
                + " document.querySelectorAll('#entry input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(function (input) { input.value = forged; });", viewState);
        submit(submit);
        return new ReadingEntryPage(driver);
    }

    /** A reading that is refused: the form again, with the message next to the field. */
    public ReadingEntryPage enterRefused(String reading) {
        type(value, reading);
        submit(submit);
        return new ReadingEntryPage(driver);
    }

    /** A reading entered while a clerk views the customer's pages: refused, nothing is stored. */
    public ReadOnlyPage enterWhileViewing(String reading) {
        type(value, reading);
        submit(submit);
        return new ReadOnlyPage(driver);
    }
}
