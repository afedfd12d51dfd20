package si.utility.portal.pages;

import java.net.URL;
import java.time.Instant;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import si.utility.portal.staff.service.TotpCodes;
import si.utility.portal.testsupport.TestData;

/** staff/login: e-mail, password and the app's code; at the first log-in the enrolment QR code and key. */
public class StaffLoginPage extends FormPage {

    @FindBy(id = "login:email")
    private WebElement email;

    @FindBy(id = "login:password")
    private WebElement password;

    @FindBy(id = "login:code")
    private WebElement code;

    @FindBy(id = "login:submit")
    private WebElement submit;

    public StaffLoginPage(WebDriver driver) {
        super(driver, "login");
    }

    public static StaffLoginPage open(WebDriver driver, URL base) {
        open(driver, base, "staff/login");
        return new StaffLoginPage(driver);
    }

    /** Logs a test's staff member in with the app's code of this moment. */
    public static StaffDashboardPage logIn(WebDriver driver, URL base, TestData.StaffLogin staff, String password) {
        return open(driver, base).logIn(staff.email(), password,
                TotpCodes.code(staff.secret(), TotpCodes.stepAt(Instant.now())));
    }

    public StaffDashboardPage logIn(String emailAddress, String secret, String totpCode) {
        fillIn(emailAddress, secret, totpCode);
        return new StaffDashboardPage(driver);
    }

    /** The same page again: a refused log-in, or the enrolment step after the first right password. */
    public StaffLoginPage logInStaying(String emailAddress, String secret, String totpCode) {
        fillIn(emailAddress, secret, totpCode);
        return new StaffLoginPage(driver);
    }

    private void fillIn(String emailAddress, String secret, String totpCode) {
        type(email, emailAddress);
        type(password, secret);
        type(code, totpCode);
        submit(submit);
    }

    public boolean enrolling() {
        return !driver.findElements(By.id("enrolment-secret")).isEmpty();
    }

    /** The key shown under the QR code, without its spaces. */
    public String enrolmentSecret() {
        return driver.findElement(By.id("enrolment-secret")).getText().replace(" ", "");
    }

    public String enrolmentQrSource() {
        return driver.findElement(By.id("enrolment-qr")).getDomAttribute("src");
    }

    public String firstAdminNotice() {
        return driver.findElements(By.id("first-admin")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
