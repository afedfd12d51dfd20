package si.utility.portal.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** staff/setup?token=: the mailed setup link, where a staff member chooses the password. */
public class StaffSetupPage extends FormPage {

    @FindBy(id = "setup:password")
    private WebElement password;

    @FindBy(id = "setup:repeat")
    private WebElement repeat;

    @FindBy(id = "setup:submit")
    private WebElement submit;

    public StaffSetupPage(WebDriver driver) {
        super(driver, "setup");
    }

    public static StaffSetupPage follow(WebDriver driver, String link) {
        driver.get(link);
        return new StaffSetupPage(driver);
    }

    public StaffLoginPage setPassword(String secret) {
        type(password, secret);
        type(repeat, secret);
        submit(submit);
        return new StaffLoginPage(driver);
    }
}
