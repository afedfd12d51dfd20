package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** account/consent: the GDPR consent asked before the portal opens. */
public class ConsentPage extends PortalPage {

    @FindBy(id = "consent:accept")
    private WebElement accept;

    @FindBy(id = "consent:decline")
    private WebElement decline;

    public ConsentPage(WebDriver driver) {
        super(driver, By.id("consent"));
    }

    /** The paragraph that names the data controller. */
    public String controllerText() {
        return driver.findElement(By.id("controller")).getText();
    }

    /** The consent text's paragraphs, without the controller's. */
    public List<String> paragraphs() {
        return driver.findElements(By.cssSelector("p.consent-paragraph")).stream().map(WebElement::getText).toList();
    }

    public HomePage accept() {
        submit(accept);
        return new HomePage(driver);
    }

    public ConsentDeclinedPage decline() {
        submit(decline);
        return new ConsentDeclinedPage(driver);
    }
}
