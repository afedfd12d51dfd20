package si.utility.portal.consumption.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ConsumptionPage;
import si.utility.portal.pages.HomePage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.ReadingsPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.MovedPoint;

/** A point that changed payer, in the browser: each payer sees their own period and the old one reads only. */
class MovedPointJourneyIT extends BrowserTest {

    private static final String PASSWORD = "Selitev-42-Velenje";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd. MM. yyyy");

    private static LocalDate shownDate(ReadingsPage.Row row) {
        return LocalDate.parse(row.date(), SHOWN);
    }

    @Test
    void theOldPayerSeesTheirPeriodReadOnlyAndTheNewOneNothingBeforeTheMove() {
        WebDriver driver = browser.driver();
        MovedPoint moved = new Fixtures(base).newMovedPoint(PASSWORD, false);
        String until = SHOWN.format(moved.moveOut());

        HomePage home = LoginPage.open(driver, base).logIn(moved.previous().payerCode(), PASSWORD);
        // The fixture gives the previous occupant the point from the first day of its first month of readings.
        String since = SHOWN.format(YearMonth.from(new Fixtures(base).today()).minusMonths(8).atDay(1));
        assertThat(home.periodOf(moved.pointCode())).isEqualTo(slovenian("home.since") + " " + since + " "
                + slovenian("home.until") + " " + until);
        ConsumptionPage point = ConsumptionPage.at(driver, base, "consumption/point?code=" + moved.pointCode());
        assertThat(point.readingEntryEnabled()).isFalse();
        assertThat(point.readingEntryDisabledReason()).isEqualTo(slovenian("consumption.entryPastOccupant"));
        assertThat(point.pastOccupantNote()).isEqualTo(slovenian("consumption.pastOccupant") + " " + until + ". "
                + slovenian("consumption.pastOccupantReadOnly"));
        List<ReadingsPage.Row> old = point.openReadings().readings();
        assertThat(old).hasSize(6).allSatisfy(r -> assertThat(shownDate(r)).isBeforeOrEqualTo(moved.moveOut()));
        driver.get(base + "billing/invoice?number=" + moved.previous().invoiceNumber());
        assertThat(driver.findElement(By.id("invoice-number")).getText()).isEqualTo(moved.previous().invoiceNumber());
        HomePage.open(driver, base).logOut();

        home = LoginPage.open(driver, base).logIn(moved.next().payerCode(), PASSWORD);
        assertThat(home.periodOf(moved.pointCode())).isEqualTo(slovenian("home.since") + " "
                + SHOWN.format(moved.moveOut().plusDays(1)));
        point = ConsumptionPage.at(driver, base, "consumption/point?code=" + moved.pointCode());
        assertThat(point.readingEntryEnabled()).isTrue();
        assertThat(point.pastOccupantNote()).isEmpty();
        List<ReadingsPage.Row> theirs = point.openReadings().readings();
        assertThat(theirs).hasSize(4).allSatisfy(r -> assertThat(shownDate(r)).isAfterOrEqualTo(moved.moveOut()));
        assertThat(theirs.get(3).consumption()).isEmpty();
        driver.get(base + "billing/invoice?number=" + moved.previous().invoiceNumber());
        assertThat(driver.findElement(By.id("error-text")).getText()).isEqualTo(slovenian("error.not-found.text"));
    }
}
