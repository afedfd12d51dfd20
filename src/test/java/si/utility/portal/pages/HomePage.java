package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The landing page ("/"): the payer and its consumption points. */
public class HomePage extends PortalPage {

    /** One row of the consumption points table, as the customer reads it. */
    public record ConsumptionPointRow(String code, String address, String meter) {
    }

    @FindBy(id = "payer-name")
    private WebElement payerName;

    @FindBy(id = "payer-code")
    private WebElement payerCode;

    @FindBy(id = "greeting")
    private WebElement greeting;

    @FindBy(css = "#points tbody tr")
    private List<WebElement> pointRows;

    @FindBy(id = "header:logout")
    private WebElement logout;

    public HomePage(WebDriver driver) {
        super(driver, By.id("payer-name"));
    }

    public static HomePage open(WebDriver driver, URL base) {
        open(driver, base, "");
        return new HomePage(driver);
    }

    public String payerName() {
        return payerName.getText();
    }

    public String payerCode() {
        return payerCode.getText();
    }

    public String greeting() {
        return greeting.getText();
    }

    public List<ConsumptionPointRow> consumptionPoints() {
        return pointRows.stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new ConsumptionPointRow(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText());
        }).toList();
    }

    /** The period column of a point's row, e.g. "do 31. 10. 2026" for a point that is no longer the payer's. */
    public String periodOf(String code) {
        return pointRows.stream().map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.get(0).getText().equals(code)).findFirst().orElseThrow().get(3).getText();
    }

    public LoginPage logOut() {
        submit(logout);
        return new LoginPage(driver);
    }
}
