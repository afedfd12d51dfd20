package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** consumption/prices: Cenik, the chosen point's services first. */
public class PricesPage extends ConsumptionPage {

    @FindBy(css = "#point-prices tbody tr")
    private List<WebElement> pointRows;

    public PricesPage(WebDriver driver) {
        super(driver, By.id("point-prices"));
    }

    /** The cells of each row of the point's services, as shown. */
    public List<List<String>> pointPrices() {
        return pointRows.stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
