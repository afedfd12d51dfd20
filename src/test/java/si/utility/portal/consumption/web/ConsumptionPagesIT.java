package si.utility.portal.consumption.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import si.utility.portal.pages.ConsumptionPage;
import si.utility.portal.pages.ForgedPost;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.PointPage;
import si.utility.portal.pages.PricesPage;
import si.utility.portal.pages.ReadingEntryPage;
import si.utility.portal.pages.ReadingsPage;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.testsupport.AlsoOnServers;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.MeteredCustomer;
import si.utility.portal.testsupport.TestMailbox;

/** The consumption views in a browser: choosing a point, the chart, reading entry and its e-mail. */
class ConsumptionPagesIT extends BrowserTest {

    private static final String PASSWORD = "Zelenje-42-Velenje";

    private WebDriver driver;
    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        driver = browser.driver();
        fixtures = new Fixtures(base);
    }

    @Test
    @AlsoOnServers
    void choosePointSeeChartByPeriodEnterReadingsAndGetTheMail() throws IOException, InterruptedException {
        // 30 months of readings, the last 400 m3 at the end of last month.
        MeteredCustomer customer = fixtures.newMeteredCustomer(PASSWORD, 30);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);

        ConsumptionPage views = ConsumptionPage.at(driver, base, "consumption/point");
        assertThat(views.asksToChooseAPoint()).isTrue();
        PointPage point = views.choosePoint(customer.pointCode());
        assertThat(point.code()).isEqualTo(customer.pointCode());
        assertThat(point.readingEntryEnabled()).isTrue();

        ReadingsPage readings = point.openReadings();
        assertThat(readings.chartShown()).isTrue();
        // Months named in Slovenian (jan. 2025), the current one marked as not fully covered by readings.
        assertThat(readings.periods()).hasSize(24).last().isEqualTo(slovenianMonth(YearMonth.now(ClockProducer.ZONE)) + " *");
        // Every amount with the meter's three decimals, trailing zeros kept (10 m³ a month: 10,000).
        assertThat(readings.figureAmounts()).hasSize(24).allSatisfy(amount -> assertThat(amount).matches("\\d+,\\d{3}"));
        assertThat(readings.readings().get(0)).satisfies(row -> {
            assertThat(row.value()).isEqualTo("400,000");
            assertThat(row.consumption()).isEqualTo("10,000");
        });
        int years = YearMonth.now(ClockProducer.ZONE).getYear() - YearMonth.now(ClockProducer.ZONE).minusMonths(23).getYear() + 1;
        readings = readings.showBy("YEAR", years);
        assertThat(readings.periods().get(0)).startsWith(String.valueOf(YearMonth.now(ClockProducer.ZONE).minusMonths(23).getYear()));
        readings = readings.showBy("QUARTER", quarters());
        assertThat(readings.periods().get(readings.periods().size() - 1))
                .matches("[1-4]\\. četrtl\\. " + YearMonth.now(ClockProducer.ZONE).getYear() + " \\*");

        ReadingEntryPage entry = readings.openReadingEntry();
        readings = entry.enter("400,5");
        assertThat(readings.globalMessages()).contains(slovenian("reading.stored"));
        ReadingsPage.Row newest = readings.readings().get(0);
        assertThat(newest.value()).isEqualTo("400,500");
        assertThat(newest.source()).isEqualTo(slovenian("readings.source.PORTAL"));
        assertThat(newest.consumption()).isEqualTo("0,500");
        TestMailbox.ReceivedMail mail = TestMailbox.awaitOne(customer.email());
        assertThat(mail.text()).contains(customer.pointCode(), "400.500 m³");

        Path downloads = Files.createTempDirectory("portal-downloads-");
        ((ChromeDriver) driver).executeCdpCommand("Page.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        readings.downloadReadings();
        String csv = awaitFile(downloads.resolve("odcitki-" + customer.pointCode() + ".csv"));
        assertThat(csv).startsWith("\uFEFF" + slovenian("readings.date") + ";");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).endsWith(";400,500;Portal;T-"
                + customer.payerCode() + ";0,500");
        assertThat(csv.lines()).hasSize(1 + 31 + 1);
        readings.downloadChart();
        assertThat(awaitFile(downloads.resolve("poraba-" + customer.pointCode() + ".csv")).lines())
                .hasSize(1 + 24);

        ReadingEntryPage refused = readings.openReadingEntry().enterRefused("399");
        assertThat(refused.messageFor("value")).isEqualTo(slovenian("reading.belowPrevious"));
    }

    @Test
    void aPointWithoutMeterShowsEntryDisabledAndAnotherPayersPointIsNotFound() {
        MeteredCustomer customer = fixtures.newMeteredCustomer(PASSWORD, 3);
        MeteredCustomer other = fixtures.newMeteredCustomer(PASSWORD, 3);
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);

        ConsumptionPage unmetered = ConsumptionPage.at(driver, base,
                "consumption/point?code=" + customer.unmeteredPointCode());
        assertThat(unmetered.readingEntryEnabled()).isFalse();
        assertThat(unmetered.readingEntryDisabledReason()).isEqualTo(slovenian("consumption.entryNotPossible"));
        // Each view states the missing meter once, in its own words; the toolbar's reason only describes the tab.
        for (String view : List.of("point", "readings", "reading-entry")) {
            driver.get(base + "consumption/" + view + "?code=" + customer.unmeteredPointCode());
            assertThat(driver.findElement(By.tagName("main")).getText()).as(view)
                    .containsOnlyOnce("merilne naprave");
        }
        driver.get(base + "consumption/prices?code=" + customer.unmeteredPointCode());
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("merilne naprave");

        driver.get(base + "consumption/prices?code=" + customer.pointCode());
        // Drinking water: 0.8125 EUR without VAT, 9.5 % VAT, in Slovenian number format with four decimals.
        assertThat(new PricesPage(driver).pointPrices()).singleElement()
                .satisfies(row -> assertThat(row).contains("m³", "0,8125 €", "9,5 %", "0,8897 €"));

        driver.get(base + "consumption/readings?code=" + other.pointCode());
        assertThat(driver.findElement(By.id("error-text")).getText())
                .isEqualTo(slovenian("error.not-found.text"));
    }

    @Test
    void forgedPagingOfTheReadingsTableShowsTheFirstPageAndNeverBreaksTheView() {
        MeteredCustomer customer = fixtures.newMeteredCustomer(PASSWORD, 30);
        ReadingsPage readings = openReadings(customer);

        for (List<String> forged : List.of(List.of("-12", "12"), List.of("0", "-1"), List.of("0", "0"),
                List.of("0", "abc"), List.of("abc", "12"), List.of("99999999999", "12"), List.of("12", "13"))) {
            ForgedPost.Answer answer = readings.pageOfReadings(forged.get(0), forged.get(1));
            assertThat(answer.status()).as("first=%s rows=%s", forged.get(0), forged.get(1)).isEqualTo(200);
            assertThat(answer.body()).as("first=%s rows=%s", forged.get(0), forged.get(1))
                    .contains("data-ri=\"0\"").doesNotContain("data-ri=\"12\"", "error-text");
            // The next ordinary request on the same view: the second page.
            ForgedPost.Answer next = readings.pageOfReadings("12", "12");
            assertThat(next.status()).as("after first=%s rows=%s", forged.get(0), forged.get(1)).isEqualTo(200);
            assertThat(next.body()).contains("data-ri=\"12\"", "data-ri=\"23\"").doesNotContain("error-text");
        }
    }

    @Test
    void forgedChartRangesAnswerWithTheirMessageAndTheChartKeepsWorking() {
        MeteredCustomer customer = fixtures.newMeteredCustomer(PASSWORD, 3);
        ReadingsPage readings = openReadings(customer);

        for (List<String> forged : List.of(List.of("+99999-01", "+99999-12"), List.of("-99999-01", "-99999-12"),
                List.of("0001-01", "9999-12"), List.of("+999999999-01", "+999999999-12"))) {
            ForgedPost.Answer answer = readings.showRange(forged.get(0), forged.get(1));
            assertThat(answer.status()).as(forged.toString()).isEqualTo(200);
            assertThat(answer.body()).as(forged.toString()).contains(slovenian("readings.monthOutOfRange"))
                    .doesNotContain("error-text");
        }
        ForgedPost.Answer unsigned = readings.showRange("99999-01", "99999-12");
        assertThat(unsigned.status()).isEqualTo(200);
        assertThat(unsigned.body()).contains(slovenian("readings.monthInvalid")).doesNotContain("error-text");

        YearMonth current = YearMonth.now(ClockProducer.ZONE);
        ForgedPost.Answer ordinary = readings.showRange(current.minusMonths(2).toString(), current.toString());
        assertThat(ordinary.status()).isEqualTo(200);
        // The axis (the chart's configuration) names the months in Slovenian and marks the incomplete one too.
        assertThat(ordinary.body()).contains("\"labels\":[\"" + slovenianMonth(current.minusMonths(2)) + "\"",
                        "\"" + slovenianMonth(current) + " *\"]")
                .doesNotContain(slovenian("readings.monthOutOfRange"), "error-text");
    }

    @Test
    void theReadingFormRefusesAMissingMeterAndTheYear99999WithAMessage() {
        MeteredCustomer customer = fixtures.newMeteredCustomer(PASSWORD, 3);
        fixtures.newHotWaterMeter(customer.pointCode());
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);
        driver.get(base + "consumption/reading-entry?code=" + customer.pointCode());
        ReadingEntryPage entry = new ReadingEntryPage(driver);

        for (String meter : List.of("", " ")) {
            ForgedPost.Answer answer = entry.submitForged(Map.of("entry:meter", meter, "entry:value", "131"));
            assertThat(answer.status()).as("meter '%s'", meter).isEqualTo(200);
            assertThat(answer.body()).as("meter '%s'", meter).contains(slovenian("reading.meterRequired"))
                    .doesNotContain("error-text");
        }
        for (String date : List.of("+99999-01-01", "99999-01-01")) {
            ForgedPost.Answer answer = entry.submitForged(Map.of("entry:date", date, "entry:value", "131"));
            assertThat(answer.status()).as(date).isEqualTo(200);
            assertThat(answer.body()).as(date).contains(slovenian("reading.dateInvalid")).doesNotContain("error-text");
        }
        ReadingsPage readings = entry.enter("131");
        assertThat(readings.globalMessages()).contains(slovenian("reading.stored"));
    }

    private ReadingsPage openReadings(MeteredCustomer customer) {
        LoginPage.open(driver, base).logIn(customer.payerCode(), PASSWORD);
        driver.get(base + "consumption/readings?code=" + customer.pointCode());
        return new ReadingsPage(driver);
    }

    private static String awaitFile(Path file) throws IOException, InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** A month as the chart names it in Slovenian: "jan. 2025". */
    private static String slovenianMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLL yyyy", Locale.forLanguageTag("sl")).format(month);
    }

    /** Quarters touched by the default range of the last 24 months. */
    private static int quarters() {
        YearMonth first = YearMonth.now(ClockProducer.ZONE).minusMonths(23);
        YearMonth last = YearMonth.now(ClockProducer.ZONE);
        int firstQ = first.getYear() * 4 + (first.getMonthValue() - 1) / 3;
        int lastQ = last.getYear() * 4 + (last.getMonthValue() - 1) / 3;
        return lastQ - firstQ + 1;
    }
}
