package si.utility.portal.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** staff/: the back office's dashboard, with the staff menu and the log-out button. */
public class StaffDashboardPage extends PortalPage {

    public StaffDashboardPage(WebDriver driver) {
        super(driver, By.id("new-messages"));
    }

    public static StaffDashboardPage open(WebDriver driver, URL base) {
        open(driver, base, "staff/");
        return new StaffDashboardPage(driver);
    }

    public long newMessages() {
        return Long.parseLong(driver.findElement(By.id("new-messages")).getText());
    }

    public StaffMessagesPage goToMessages() {
        driver.findElement(By.id("menu-messages")).click();
        return new StaffMessagesPage(driver);
    }

    public StaffAdminPage goToStaffAdmin() {
        driver.findElement(By.id("menu-staff")).click();
        return new StaffAdminPage(driver);
    }

    public boolean showsStaffAdminLink() {
        return !driver.findElements(By.id("menu-staff")).isEmpty();
    }

    public StaffLoginPage logOut() {
        submit(driver.findElement(By.id("header:logout")));
        return new StaffLoginPage(driver);
    }

    /** A figure of the dashboard by its id, e.g. "readings-in-review". */
    public long figure(String id) {
        return Long.parseLong(driver.findElement(By.id(id)).getText());
    }

    public String lastImport() {
        return driver.findElements(By.id("last-import")).stream().map(e -> e.getText()).findFirst().orElse("");
    }
}
