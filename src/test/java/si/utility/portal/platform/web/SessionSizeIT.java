package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.OverviewData.OverviewCustomer;

/**
 * The session of a logged-in customer who opened every page, as the data grid would store it (each attribute
 * serialized): everything in it serializes, and it stays within 32 KB, so that replicating 30,000 sessions is cheap.
 * The build output shows the figure and what it is made of.
 */
class SessionSizeIT extends BrowserTest {

    private static final String PASSWORD = "Seja-velikost-2026";
    private static final int LIMIT_BYTES = 32 * 1024;

    @Test
    void theSessionOfACustomerWhoOpenedEveryPageSerializesInto32KbAtMost() {
        WebDriver driver = browser.driver();
        OverviewCustomer customer = new Fixtures(base).newOverviewCustomer(PASSWORD);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);
        for (String page : List.of("index", "consumption/point?code=" + customer.meteredPoint(),
                "consumption/point?code=" + customer.unmeteredPoint(), "consumption/readings", "consumption/prices",
                "consumption/reading-entry", "billing/invoices", "billing/open-items",
                "billing/invoice?number=" + customer.newestNumbers().get(0), "contact/messages",
                "profile/my-profile", "profile/withdraw-consent")) {
            driver.get(base + page);
            assertThat(driver.findElements(By.id("login"))).as("%s is shown logged in", page).isEmpty();
        }

        driver.get(base + "test-fixtures/server/session-size");
        String sizes = driver.findElement(By.tagName("body")).getText();
        System.out.println("Session of a customer after every page: " + sizes);

        assertThat(sizes).startsWith("total=").doesNotContain("not serializable");
        long total = Long.parseLong(sizes.substring("total=".length(), sizes.indexOf(';')));
        assertThat(total).as(sizes).isPositive().isLessThanOrEqualTo(LIMIT_BYTES);
    }
}
