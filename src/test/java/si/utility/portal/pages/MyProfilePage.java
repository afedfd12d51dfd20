package si.utility.portal.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** profile/my-profile: "Moj profil" with its three sections and the GDPR self-service. */
public class MyProfilePage extends PortalPage {

    public MyProfilePage(WebDriver driver) {
        super(driver, By.id("section-name"));
    }

    public static MyProfilePage open(WebDriver driver, URL base) {
        open(driver, base, "profile/my-profile");
        return new MyProfilePage(driver);
    }

    /** The page with {@code ?open=} and the given raw query value, as a hand-made or damaged link would ask. */
    public static MyProfilePage openWithSectionParameter(WebDriver driver, URL base, String rawValue) {
        open(driver, base, "profile/my-profile?open=" + rawValue);
        return new MyProfilePage(driver);
    }

    /** Whether a section's form ("name", "email", "password") is shown. */
    public boolean isOpen(String section) {
        return !driver.findElements(By.id(section)).isEmpty();
    }

    public String greeting() {
        return driver.findElement(By.id("greeting")).getText();
    }

    public MyProfilePage changeDisplayName(String name) {
        openSection("name");
        fill("name:displayName", name);
        submit(driver.findElement(By.id("name:save")));
        return new MyProfilePage(driver);
    }

    public MyProfilePage requestEmailChange(String newEmail, String password) {
        openSection("email");
        fill("email:newEmail", newEmail);
        fill("email:currentPassword", password);
        submit(driver.findElement(By.id("email:save")));
        return new MyProfilePage(driver);
    }

    /** The account's e-mail address as the e-mail section shows it. */
    public String currentEmail() {
        openSection("email");
        return driver.findElement(By.id("current-email")).getText();
    }

    public MyProfilePage changePassword(String current, String newPassword) {
        openSection("password");
        fill("password:currentPassword", current);
        fill("password:newPassword", newPassword);
        fill("password:repeatNewPassword", newPassword);
        submit(driver.findElement(By.id("password:save")));
        return new MyProfilePage(driver);
    }

    public WithdrawConsentPage withdrawConsent() {
        submit(driver.findElement(By.id("withdraw-consent")));
        return new WithdrawConsentPage(driver);
    }

    public MyProfilePage switchToEnglish() {
        switchLanguageToEnglish();
        return new MyProfilePage(driver);
    }

    public LoginPage logOut() {
        submit(driver.findElement(By.id("header:logout")));
        return new LoginPage(driver);
    }

    /** Opens a section by its heading, unless it is open already (its form is shown). */
    private void openSection(String section) {
        if (driver.findElements(By.id(section)).isEmpty()) {
            submit(driver.findElement(By.id("section-" + section)));
        }
    }

    private void fill(String id, String text) {
        FormPage.type(driver.findElement(By.id(id)), text);
    }

    /** The consent history's rows as "version decision", newest first. */
    public java.util.List<String> consentHistory() {
        return driver.findElements(By.cssSelector("#consents tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0).getText() + " "
                        + row.findElements(By.tagName("td")).get(1).getText())
                .toList();
    }
}
