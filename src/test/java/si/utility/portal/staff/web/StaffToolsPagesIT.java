package si.utility.portal.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ConfirmEmailPage;
import si.utility.portal.pages.StaffAuditPage;
import si.utility.portal.pages.StaffCustomerPage;
import si.utility.portal.pages.StaffCustomersPage;
import si.utility.portal.pages.StaffImportsPage;
import si.utility.portal.pages.StaffLoginPage;
import si.utility.portal.pages.StaffMailPage;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.IntegrationClient;
import si.utility.portal.testsupport.TestBatch;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestData.StaffLogin;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/**
 * The clerks' view of what the portal does on its own: the import batches with their rejected rows, the outbox
 * with "Pošlji znova", and the change of a customer's e-mail address on a verified request; forged ids are 404.
 */
class StaffToolsPagesIT extends BrowserTest {

    private static final String PASSWORD = "Zaledje-42-Preskus";

    @Test
    void aClerkSeesABatchWithItsCountsAndItsRejectedRowAndAForgedBatchIsNotFound() throws Exception {
        String key = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String batchId = TestBatch.randomId("staff");
        byte[] zip = new TestBatch(batchId)
                .csv("services", "delta", "external_id,code,name,unit", "S-" + key + ",T" + key + ",Voda,m3")
                .csv("prices", "delta", "external_id,service_external_id,valid_from,price,vat_rate",
                        "P-" + key + "-1,S-" + key + ",2026-01-01,1.5,9.5",
                        "P-" + key + "-2,S-" + key + ",2026-02-01,minus,9.5").zip();
        IntegrationClient api = new IntegrationClient(base);
        assertThat(api.submit(zip, "application/zip").statusCode()).isEqualTo(202);
        api.awaitFinished(batchId);
        logIn(new Fixtures(base).newStaffMember("CLERK", PASSWORD));

        StaffImportsPage list = StaffImportsPage.open(browser.driver(), base);
        // Other test classes' batches share the database (and may carry a clock a test moved): find this one.
        assertThat(list.rows()).filteredOn(row -> row.startsWith(batchId + " ")).singleElement().asString()
                .contains(slovenian("staff.dashboard.importStatus.DONE"), " 2 0 0 1");
        assertThat(list.receivedTimes()).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
        StaffImportsPage batch = list.openBatch(batchId);

        assertThat(batch.status()).isEqualTo(slovenian("staff.dashboard.importStatus.DONE"));
        assertThat(batch.files()).containsExactly("services 1 / 1 1 0 0 0", "prices 2 / 2 1 0 0 1");
        assertThat(batch.rows()).singleElement().satisfies(row -> assertThat(row).startsWith("prices.csv 3 price"));
        assertThat(statusWithSession("staff/import?id=" + batchId)).isEqualTo(200);
        assertThat(statusWithSession("staff/import?id=no-such-batch")).isEqualTo(404);
        assertThat(statusWithSession("staff/import?id=" + "x".repeat(300))).isEqualTo(404);
        assertThat(statusWithSession("staff/import")).isEqualTo(404);
    }

    @Test
    void aClerkSendsAGivenUpMailAgainItArrivesAndTheResendIsAuditedOnce() {
        WebDriver driver = browser.driver();
        String recipient = "opusceno-" + UUID.randomUUID() + "@example.si";
        new Fixtures(base).newGivenUpMail(recipient, "Odgovor na sporocilo (preskus)");
        StaffLogin clerk = new Fixtures(base).newStaffMember("CLERK", PASSWORD);
        logIn(clerk);

        StaffMailPage outbox = StaffMailPage.open(driver, base);
        assertThat(outbox.rowOf(recipient)).contains("Odgovor na sporocilo (preskus)", "12",
                slovenian("staff.mail.error.CONNECTION"), slovenian("staff.mail.givenUp"));
        outbox = outbox.resend(recipient);

        assertThat(outbox.globalMessages()).containsExactly(slovenian("staff.mail.resent"));
        assertThat(TestMailbox.awaitOne(recipient).text()).contains("to sporočilo ni bilo poslano");
        assertThat(StaffMailPage.open(driver, base).rowOf(recipient)).as("sent: no longer listed").isEmpty();
        driver.manage().deleteAllCookies();
        logIn(new Fixtures(base).newStaffMember("ADMIN", PASSWORD));
        assertThat(StaffAuditPage.ofActor(driver, base, "staff:" + clerk.staffId()).actions())
                .containsExactly("MAIL_RESENT", "STAFF_LOGIN");
    }

    @Test
    void aClerkChangesACustomersEmailOnARequestTheNewAddressConfirmsAndTheOldOneIsTold() throws Exception {
        WebDriver driver = browser.driver();
        NewPayer customer = new Fixtures(base).newActiveAccount("Zelenje-42-Velenje", true);
        NewPayer other = new Fixtures(base).newActiveAccount("Zelenje-42-Velenje", true);
        String newEmail = "pisno-" + customer.email();
        StaffLogin clerk = new Fixtures(base).newStaffMember("CLERK", PASSWORD);
        logIn(clerk);
        StaffCustomerPage card = StaffCustomersPage.search(driver, base, customer.payerCode())
                .open(customer.payerCode());

        card = card.requestEmailChange(other.email().toUpperCase(), "pisna zahteva 2026/123");
        assertThat(card.emailChangeMessage("newEmail")).isEqualTo(slovenian("staff.customer.emailTaken"));
        card = card.requestEmailChange(newEmail, "   ");
        assertThat(card.emailChangeMessage("reason")).isEqualTo(slovenian("staff.customer.emailReasonRequired"));
        card = card.requestEmailChange(" " + newEmail.toUpperCase() + " ", "pisna zahteva 2026/123");
        assertThat(card.globalMessages()).containsExactly(slovenian("staff.customer.emailChangeRequested")
                .replace("{0}", newEmail.toUpperCase()));

        ReceivedMail toOld = TestMailbox.awaitOne(customer.email());
        assertThat(toOld.link("/profile/stop-email-change")).isNotBlank();
        String link = TestMailbox.awaitOne(newEmail).link("/profile/confirm-email");
        assertThat(TestMailbox.read(other.email())).as("the taken address hears nothing").isEmpty();
        driver.manage().deleteAllCookies();
        assertThat(ConfirmEmailPage.follow(driver, link).outcome()).isEqualTo(slovenian("confirmEmail.CHANGED"));

        logIn(new Fixtures(base).newStaffMember("ADMIN", PASSWORD));
        assertThat(StaffAuditPage.ofActor(driver, base, "staff:" + clerk.staffId()).actions())
                .containsExactly("ACCOUNT_EMAIL_CHANGE_REQUESTED", "CUSTOMER_CARD_VIEWED", "STAFF_LOGIN");
        assertThat(StaffCustomersPage.search(driver, base, customer.payerCode()).open(customer.payerCode())
                .accountEmail()).isEqualTo(newEmail);
        for (String forged : new String[] {"999999999", "abc", "-1", "1e3", ""}) {
            assertThat(statusWithSession("staff/customer?id=" + forged)).as(forged).isEqualTo(404);
        }
    }

    private void logIn(StaffLogin staff) {
        StaffLoginPage.logIn(browser.driver(), base, staff, PASSWORD);
    }

}
