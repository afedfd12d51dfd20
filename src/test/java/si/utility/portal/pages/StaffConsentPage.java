package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** staff/admin/consent: the consent text versions, and publishing the next one. */
public class StaffConsentPage extends FormPage {

    @FindBy(id = "publish:textSl")
    private WebElement textSl;

    @FindBy(id = "publish:textEn")
    private WebElement textEn;

    @FindBy(id = "publish:submit")
    private WebElement submit;

    public StaffConsentPage(WebDriver driver) {
        super(driver, "publish");
    }

    public static StaffConsentPage open(WebDriver driver, URL base) {
        open(driver, base, "staff/admin/consent");
        return new StaffConsentPage(driver);
    }

    public StaffConsentPage publish(String slovenian, String english) {
        type(textSl, slovenian);
        type(textEn, english);
        submit(submit);
        return new StaffConsentPage(driver);
    }

    /** The version numbers listed, newest first. */
    public List<String> versions() {
        return driver.findElements(By.cssSelector("#versions [id$=':number']")).stream().map(WebElement::getText)
                .toList();
    }

    /** The Slovenian paragraphs of the newest version, as the page shows them. */
    public List<String> newestSlovenianParagraphs() {
        return driver.findElements(By.cssSelector("#versions tbody tr")).get(0)
                .findElements(By.cssSelector("p.text-sl")).stream().map(WebElement::getText).toList();
    }
}
