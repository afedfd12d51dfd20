package si.utility.portal.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.ui.Select;

/** staff/admin/staff: the staff accounts and the invitation form. */
public class StaffAdminPage extends FormPage {

    @FindBy(id = "invite:name")
    private WebElement name;

    @FindBy(id = "invite:email")
    private WebElement email;

    @FindBy(id = "invite:role")
    private WebElement role;

    @FindBy(id = "invite:submit")
    private WebElement submit;

    public StaffAdminPage(WebDriver driver) {
        super(driver, "invite");
    }

    /** @param roleLabel the role as the list shows it, e.g. "Referent" */
    public StaffAdminPage invite(String fullName, String emailAddress, String roleLabel) {
        type(name, fullName);
        type(email, emailAddress);
        new Select(role).selectByVisibleText(roleLabel);
        submit(submit);
        return new StaffAdminPage(driver);
    }

    public String rowOf(String emailAddress) {
        return driver.findElements(By.cssSelector("#accounts\\:staff tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains(emailAddress))
                .findFirst()
                .orElse("");
    }

    /** The row's "Onemogoči" button of this staff member. */
    public StaffAdminPage disable(String emailAddress) {
        WebElement row = driver.findElements(By.cssSelector("#accounts\\:staff tbody tr")).stream()
                .filter(r -> r.getText().contains(emailAddress)).findFirst().orElseThrow();
        submit(row.findElement(By.cssSelector("[id$=':disable']")));
        return new StaffAdminPage(driver);
    }
}
