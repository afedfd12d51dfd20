package si.utility.portal.pages;

import java.net.URL;
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

    /**
     * Follows a mailed setup link on this deployment: the link names the server that mailed it, and a setup link of
     * the first admin may come from an earlier test class's deployment, on another port.
     */
    public static StaffSetupPage follow(WebDriver driver, URL base, String link) {
        open(driver, base, link.substring(link.indexOf("staff/setup")));
        return new StaffSetupPage(driver);
    }

    public StaffLoginPage setPassword(String secret) {
        type(password, secret);
        type(repeat, secret);
        submit(submit);
        return new StaffLoginPage(driver);
    }
}
