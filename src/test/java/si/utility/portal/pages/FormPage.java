package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A page whose form shows each field's message next to the field ({@code <form>:<field>-message}). */
public abstract class FormPage extends PortalPage {

    private final String formId;

    protected FormPage(WebDriver driver, String formId) {
        super(driver, By.id(formId));
        this.formId = formId;
    }

    /** The message shown next to a field, e.g. {@code messageFor("email")}; empty when there is none. */
    public String messageFor(String field) {
        return driver.findElements(By.id(formId + ":" + field + "-message")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** The fields that show a message now, by field name. */
    public List<String> fieldsWithMessages() {
        String prefix = formId + ":";
        return driver.findElements(By.cssSelector(".field-message")).stream()
                .filter(message -> message.isDisplayed() && !message.getText().isBlank())
                .map(message -> message.getDomAttribute("id"))
                .filter(id -> id.startsWith(prefix) && id.endsWith("-message"))
                .map(id -> id.substring(prefix.length(), id.length() - "-message".length()))
                .toList();
    }

    /** The visible label of a field. */
    public String labelOf(String field) {
        return driver.findElement(By.cssSelector("label[for='" + formId + ":" + field + "']")).getText();
    }

    protected static void type(WebElement input, String text) {
        input.clear();
        if (text != null) {
            input.sendKeys(text);
        }
    }
}
