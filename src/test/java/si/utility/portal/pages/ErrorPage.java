package si.utility.portal.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The portal's error pages (not found, error): a text and the layout's header with language and logout. */
public class ErrorPage extends PortalPage {

    public ErrorPage(WebDriver driver) {
        super(driver, By.id("error-text"));
    }

    /** Asks for a path expected to end on an error page, e.g. one that does not exist. */
    public static ErrorPage at(WebDriver driver, URL base, String path) {
        open(driver, base, path);
        return new ErrorPage(driver);
    }

    public ErrorPage switchToEnglish() {
        switchLanguageToEnglish();
        return new ErrorPage(driver);
    }

    public LoginPage logOut() {
        submit(driver.findElement(By.id("header:logout")));
        return new LoginPage(driver);
    }
}
