package si.utility.portal.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** account/register: registration with payer code and invoice number from a paper invoice. */
public class RegisterPage extends FormPage {

    @FindBy(id = "register:payerCode")
    private WebElement payerCode;

    @FindBy(id = "register:invoiceNumber")
    private WebElement invoiceNumber;

    @FindBy(id = "register:email")
    private WebElement email;

    @FindBy(id = "register:password")
    private WebElement password;

    @FindBy(id = "register:repeatPassword")
    private WebElement repeatPassword;

    @FindBy(id = "register:captcha")
    private WebElement captcha;

    @FindBy(id = "register:terms")
    private WebElement terms;

    @FindBy(id = "register:submit")
    private WebElement submit;

    public RegisterPage(WebDriver driver) {
        super(driver, "register");
    }

    public static RegisterPage open(WebDriver driver, URL base) {
        open(driver, base, "account/register");
        return new RegisterPage(driver);
    }

    /** Whether the terms checkbox sits on the first line of its label, to the label's left. */
    public boolean termsCheckboxBesideItsLabel() {
        Rectangle box = terms.getRect();
        Rectangle label = driver.findElement(By.cssSelector("label[for='register:terms']")).getRect();
        int boxMiddle = box.getY() + box.getHeight() / 2;
        return box.getX() + box.getWidth() <= label.getX() && boxMiddle >= label.getY()
                && boxMiddle <= label.getY() + Math.min(label.getHeight(), 2 * box.getHeight());
    }

    public RegisteredPage register(Registration registration) {
        fillAndSubmit(registration);
        return new RegisteredPage(driver);
    }

    /** A registration the portal refuses: the form again, with messages next to the fields. */
    public RegisterPage registerFailing(Registration registration) {
        fillAndSubmit(registration);
        return new RegisterPage(driver);
    }

    private void fillAndSubmit(Registration registration) {
        type(payerCode, registration.payerCode());
        type(invoiceNumber, registration.invoiceNumber());
        type(email, registration.email());
        type(password, registration.password());
        type(repeatPassword, registration.repeatPassword());
        type(captcha, registration.captcha());
        if (terms.isSelected() != registration.acceptTerms()) {
            terms.click();
        }
        submit(submit);
    }
}
