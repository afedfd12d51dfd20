package si.utility.portal.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** account/login: log-in with payer code or e-mail address and password; a captcha after repeated failures. */
public class LoginPage extends FormPage {

    @FindBy(id = "login:username")
    private WebElement username;

    @FindBy(id = "login:password")
    private WebElement password;

    @FindBy(id = "login:captcha")
    private List<WebElement> captcha;

    @FindBy(id = "login:submit")
    private WebElement submit;

    public LoginPage(WebDriver driver) {
        super(driver, "login");
    }

    public static LoginPage open(WebDriver driver, URL base) {
        open(driver, base, "account/login");
        return new LoginPage(driver);
    }

    /** Asks for a protected page (e.g. "" for the landing page) while logged out: the login page answers. */
    public static LoginPage byRequesting(WebDriver driver, URL base, String path) {
        open(driver, base, path);
        return new LoginPage(driver);
    }

    /** Log-in of an account that has not accepted the consent text yet. */
    public ConsentPage logInExpectingConsent(String login, String secret) {
        submitCredentials(login, secret, null);
        return new ConsentPage(driver);
    }

    /** Log-in of an account that has consented: the landing page (or the page first asked for) opens. */
    public HomePage logIn(String login, String secret) {
        submitCredentials(login, secret, null);
        return new HomePage(driver);
    }

    /** The same, with the answer to the captcha the page shows. */
    public HomePage logIn(String login, String secret, String captchaAnswer) {
        submitCredentials(login, secret, captchaAnswer);
        return new HomePage(driver);
    }

    /** A log-in that is refused: the login page again, with its explanation. */
    public LoginPage logInFailing(String login, String secret) {
        return logInFailing(login, secret, null);
    }

    public LoginPage logInFailing(String login, String secret, String captchaAnswer) {
        submitCredentials(login, secret, captchaAnswer);
        return new LoginPage(driver);
    }

    /** The notice of a session that was ended elsewhere (password changed, consent withdrawn); empty if none. */
    /** The confirmation after Odjava, or empty. */
    public String loggedOutNotice() {
        return driver.findElements(By.id("logged-out")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String sessionEndedNotice() {
        return driver.findElements(By.id("session-ended")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    public boolean captchaShown() {
        return !captcha.isEmpty() && captcha.get(0).isDisplayed();
    }

    public LoginPage switchToEnglish() {
        switchLanguageToEnglish();
        return new LoginPage(driver);
    }

    private void submitCredentials(String login, String secret, String captchaAnswer) {
        type(username, login);
        type(password, secret);
        if (captchaAnswer != null) {
            type(captcha.get(0), captchaAnswer);
        }
        submit(submit);
    }
}
