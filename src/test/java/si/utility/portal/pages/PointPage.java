package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** consumption/point: Odjemno mesto. */
public class PointPage extends ConsumptionPage {

    @FindBy(id = "point-code")
    private WebElement code;

    public PointPage(WebDriver driver) {
        super(driver, By.id("point-code"));
    }

    public String code() {
        return code.getText();
    }
}
