package si.utility.portal.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What any page looks like at a width: the menu button, sideways scrolling, list cards, screenshots. */
public final class PhoneLayout {

    private final WebDriver driver;

    public PhoneLayout(WebDriver driver) {
        this.driver = driver;
    }

    /** Makes the page's viewport exactly this wide (the window's frame differs between Chromium builds). */
    public PhoneLayout width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 900));
        long inner = number("return window.innerWidth");
        if (inner != pixels) {
            driver.manage().window().setSize(new Dimension((int) (2L * pixels - inner), 900));
        }
        return this;
    }

    public long viewportWidth() {
        return number("return window.innerWidth");
    }

    /** How far the page is wider than the window: 0 when nothing scrolls sideways. */
    public long horizontalOverflow() {
        return number("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    public WebElement menuButton() {
        return driver.findElement(By.id("menu-button"));
    }

    /** The menu's links a user can see now. */
    public List<String> visibleMenuLinks() {
        return driver.findElements(By.cssSelector("#main-menu a")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    /** The CSS display of the first row of a list, "flex" for a card, "table-row" for a table row. */
    public String firstRowDisplay(String rowsCss) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).display", rowsCss);
    }

    /** The computed font size in px of the first element the selector finds. */
    public double fontSize(String css) {
        return Double.parseDouble(((String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).fontSize", css)).replace("px", ""));
    }

    /** The whole page as a PNG in target/screenshots/{name}-{width}.png, to be looked at. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            long height = number("return document.documentElement.scrollHeight");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 6000)));
            Files.write(dir.resolve(name + "-" + viewportWidth() + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }
}
