package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.ui.Select;

/** What the four consumption views share: the point chooser and the toolbar of views. */
public class ConsumptionPage extends PortalPage {

    @FindBy(id = "choose-point:point")
    private List<WebElement> pointChooser;

    @FindBy(id = "choose-point:choose")
    private List<WebElement> chooseButton;

    @FindBy(id = "choose-point-first")
    private List<WebElement> choosePointFirst;

    @FindBy(id = "view-readings")
    private WebElement readingsView;

    @FindBy(id = "view-entry")
    private List<WebElement> entryView;

    @FindBy(id = "view-entry-disabled")
    private List<WebElement> entryDisabled;

    @FindBy(id = "past-occupant")
    private List<WebElement> pastOccupant;

    protected ConsumptionPage(WebDriver driver, By marker) {
        super(driver, marker);
    }

    public ConsumptionPage(WebDriver driver) {
        this(driver, By.cssSelector(".point-toolbar"));
    }

    /** Opens a consumption view, e.g. "consumption/point". */
    public static ConsumptionPage at(WebDriver driver, URL base, String path) {
        PortalPage.open(driver, base, path);
        return new ConsumptionPage(driver);
    }

    public boolean asksToChooseAPoint() {
        return !choosePointFirst.isEmpty();
    }

    public PointPage choosePoint(String code) {
        new Select(pointChooser.get(0)).selectByValue(code);
        submit(chooseButton.get(0));
        return new PointPage(driver);
    }

    public ReadingsPage openReadings() {
        submit(readingsView);
        return new ReadingsPage(driver);
    }

    public ReadingEntryPage openReadingEntry() {
        submit(entryView.get(0));
        return new ReadingEntryPage(driver);
    }

    public boolean readingEntryEnabled() {
        return !entryView.isEmpty();
    }

    /** The note that the point is no longer the payer's, or empty while it is. */
    public String pastOccupantNote() {
        return pastOccupant.isEmpty() ? "" : pastOccupant.get(0).getText();
    }

    /**
     * The description of the disabled reading entry (what a screen reader announces with it), or empty when it
     * is enabled.
     */
    public String readingEntryDisabledReason() {
        if (entryDisabled.isEmpty()) {
            return "";
        }
        String describedBy = entryDisabled.get(0).getDomAttribute("aria-describedby");
        return driver.findElement(By.id(describedBy)).getDomProperty("textContent").strip();
    }
}
