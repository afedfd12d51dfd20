package si.utility.portal.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** consumption/readings: Odčitki in poraba, the chart with its figures and the readings table. */
public class ReadingsPage extends ConsumptionPage {

    /** One row of the readings table as shown. */
    public record Row(String date, String value, String source, String meter, String consumption) {
    }

    @FindBy(css = "#chart-form\\:figures tbody tr")
    private List<WebElement> figureRows;

    @FindBy(css = "#readings-form\\:readings_data tr")
    private List<WebElement> readingRows;

    @FindBy(id = "chart-form:chart")
    private WebElement chart;

    public ReadingsPage(WebDriver driver) {
        super(driver, By.id("readings-form"));
    }

    public boolean chartShown() {
        return chart.isDisplayed() && !chart.findElements(By.tagName("canvas")).isEmpty();
    }

    /** The periods of the chart's figures, e.g. "mar. 2025", "1. četrtl. 2025 *" or "2025". */
    public List<String> periods() {
        return figureRows.stream().map(r -> r.findElements(By.tagName("td")).get(0).getAttribute("textContent")
                .strip()).toList();
    }

    /** The consumption of each period in the chart's figures, as shown. */
    public List<String> figureAmounts() {
        return figureRows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getAttribute("textContent")
                .strip()).toList();
    }

    /** Chooses MONTH, QUARTER or YEAR and waits until the figures show that many periods. */
    public ReadingsPage showBy(String kind, int expectedPeriods) {
        driver.findElement(By.cssSelector("input[name='chart-form:kind'][value='" + kind + "']")).click();
        // The ajax update replaces the form while we look: count rows by selector and ignore stale elements.
        wait.withMessage(() -> "the chart did not change to " + expectedPeriods + " periods by " + kind)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#chart-form\\:figures tbody tr")).size()
                        == expectedPeriods);
        return new ReadingsPage(driver);
    }

    /** Clicks the readings CSV download; the file lands in the browser's download folder. */
    public void downloadReadings() {
        driver.findElement(By.id("readings-form:download-readings")).click();
    }

    /** Clicks the chart figures CSV download. */
    public void downloadChart() {
        driver.findElement(By.id("chart-form:download-chart")).click();
    }

    /** An ajax paging request of the readings table with this first row and page size, whatever they are. */
    public ForgedPost.Answer pageOfReadings(String first, String rows) {
        String table = "readings-form:readings";
        return ForgedPost.ajax(driver, "readings-form", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", table, "jakarta.faces.partial.execute", table,
                "jakarta.faces.partial.render", table, table + "_pagination", "true", table + "_first", first,
                table + "_rows", rows, table + "_skipChildren", "true", table + "_encodeFeature", "true"));
    }

    /** The chart's "show" button by ajax, with these months typed as they are. */
    public ForgedPost.Answer showRange(String from, String to) {
        return ForgedPost.ajax(driver, "chart-form", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "chart-form:show", "jakarta.faces.partial.execute", "chart-form",
                "jakarta.faces.partial.render", "chart-form", "chart-form:show", "chart-form:show",
                "chart-form:from", from, "chart-form:to", to));
    }

    public List<Row> readings() {
        return readingRows.stream().map(r -> {
            List<WebElement> cells = r.findElements(By.tagName("td"));
            return new Row(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText(),
                    cells.get(3).getText(), cells.get(4).getText());
        }).toList();
    }
}
