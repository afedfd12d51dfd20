package si.utility.portal.contact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ContactPage.SentRow;
import si.utility.portal.pages.ContactPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.TestData.NewPayer;

/** "Stik z nami" in a browser: the utility's details, the prefilled form and the customer's own messages. */
class ContactPagesIT extends BrowserTest {

    private static final String PASSWORD = "Zelenje-42-Velenje";

    @Test
    void aSentMessageIsConfirmedAndListedUnderVasaSporocilaAsText() {
        WebDriver driver = browser.driver();
        NewPayer payer = new Fixtures(base).newActiveAccount(PASSWORD, true);
        LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);

        ContactPage page = ContactPage.open(driver, base);
        assertThat(page.officeHours()).isEqualTo("PONEDELJEK, SREDA, PETEK OD 8.00 DO 13.00 URE");
        assertThat(page.freePhone()).contains("080 80 34");
        assertThat(page.name()).isEqualTo(payer.name());
        assertThat(page.email()).isEqualTo(payer.email());
        assertThat(page.showsNoMessages()).isTrue();

        page = page.send("Prosim za klic glede <b>števca</b>.");

        assertThat(page.globalMessages()).containsExactly(slovenian("contact.sent"));
        assertThat(page.messages()).singleElement().satisfies((SentRow row) -> {
            assertThat(row.content()).isEqualTo("Prosim za klic glede <b>števca</b>.");
            assertThat(row.status()).isEqualTo(slovenian("contact.status.RECEIVED"));
            assertThat(row.submittedAt()).matches("\\d\\d\\. \\d\\d\\. \\d{4} \\d\\d:\\d\\d");
        });
    }

    @Test
    void controlCharactersInAnyFieldAreRefusedNextToTheFieldAndNothingIsStored() {
        WebDriver driver = browser.driver();
        NewPayer payer = new Fixtures(base).newActiveAccount(PASSWORD, true);
        LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);

        ContactPage page = ContactPage.open(driver, base).sendPasted("Janez\u0007Novak",
                "Prosim za klic\u0000 glede števca.\r\n\tHvala.");

        assertThat(page.messageFor("body")).isEqualTo(slovenian("text.controlCharacters"));
        assertThat(page.messageFor("name")).isEqualTo(slovenian("text.controlCharacters"));
        assertThat(page.messageFor("email")).isEmpty();
        assertThat(page.globalMessages()).doesNotContain(slovenian("contact.sent"));
        assertThat(page.showsNoMessages()).isTrue();

        // Tab, line feed and carriage return are text: the same message without the NUL and the bell is sent.
        page = page.sendPasted("Janez Novak", "Prosim za klic glede števca.\r\n\tHvala.");

        assertThat(page.globalMessages()).containsExactly(slovenian("contact.sent"));
        assertThat(page.messages()).singleElement().satisfies((SentRow row) ->
                assertThat(row.content()).startsWith("Prosim za klic glede števca.").endsWith("Hvala."));
    }

    @Test
    void anEmptyMessageIsExplainedNextToItsField() {
        WebDriver driver = browser.driver();
        NewPayer payer = new Fixtures(base).newActiveAccount(PASSWORD, true);
        LoginPage.open(driver, base).logIn(payer.payerCode(), PASSWORD);

        ContactPage page = ContactPage.open(driver, base).send("");

        assertThat(page.messageFor("body")).isEqualTo(slovenian("contact.bodyRequired"));
        assertThat(page.showsNoMessages()).isTrue();
    }
}
