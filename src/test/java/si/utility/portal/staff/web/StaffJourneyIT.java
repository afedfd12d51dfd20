package si.utility.portal.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static si.utility.portal.testsupport.Texts.slovenian;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import si.utility.portal.pages.ContactPage;
import si.utility.portal.pages.ErrorPage;
import si.utility.portal.pages.LoginPage;
import si.utility.portal.pages.StaffAdminPage;
import si.utility.portal.pages.StaffDashboardPage;
import si.utility.portal.pages.StaffLoginPage;
import si.utility.portal.pages.StaffMessagePage;
import si.utility.portal.pages.StaffSetupPage;
import si.utility.portal.staff.service.TotpCodes;
import si.utility.portal.testsupport.AlsoOnServers;
import si.utility.portal.testsupport.BrowserTest;
import si.utility.portal.testsupport.Fixtures;
import si.utility.portal.testsupport.QrCodes;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.testsupport.TestMailbox;
import si.utility.portal.testsupport.TestMailbox.ReceivedMail;

/**
 * The back office's journeys in a browser: the first admin from the bootstrap address enrols an authenticator
 * app and invites a clerk; the clerk answers a customer's message; the customer sees the reply and gets it by
 * mail. The bootstrap admin's address (arquillian.xml and pom.xml set portal.staff.bootstrap-email) is this
 * class's alone; other tests make their staff with other addresses. On Payara Server and WildFly too.
 */
@AlsoOnServers
class StaffJourneyIT extends BrowserTest {

    static final String BOOTSTRAP_EMAIL = "admin@staff.test";
    private static final String ADMIN_PASSWORD = "Zaledje-42-Skrbnik";
    private static final String CLERK_PASSWORD = "Zaledje-42-Referent";
    private static final String CUSTOMER_PASSWORD = "Zelenje-42-Velenje";

    @Test
    void theFirstAdminInvitesAClerkWhoAnswersACustomerWhoSeesTheReply() {
        WebDriver driver = browser.driver();
        NewPayer customer = new Fixtures(base).newActiveAccount(CUSTOMER_PASSWORD, true);
        LoginPage.open(driver, base).logIn(customer.payerCode(), CUSTOMER_PASSWORD);
        assertThat(ErrorPage.at(driver, base, "staff/login").title()).isEqualTo(slovenian("error.not-found.title"));
        assertThat(ErrorPage.at(driver, base, "staff/messages").title())
                .isEqualTo(slovenian("error.not-found.title"));
        ContactPage.open(driver, base).send("Kdaj bo popis vodomera na Šaleški 3?").logOut();

        StaffLoginPage login = StaffLoginPage.open(driver, base);
        assertThat(login.firstAdminNotice()).isEqualTo(slovenian("staff.login.bootstrap.LINK_MAILED"));
        StaffDashboardPage admin = setUpAndEnrol(TestMailbox.awaitOne(BOOTSTRAP_EMAIL), BOOTSTRAP_EMAIL,
                ADMIN_PASSWORD);
        assertThat(admin.showsStaffAdminLink()).isTrue();

        String clerkEmail = "referent-" + UUID.randomUUID() + "@staff.test";
        StaffAdminPage staffAdmin = admin.goToStaffAdmin().invite("Rebeka Referent", clerkEmail,
                slovenian("staff.role.CLERK"));
        assertThat(staffAdmin.globalMessages())
                .containsExactly(slovenian("staff.admin.invited").replace("{0}", clerkEmail));
        assertThat(staffAdmin.rowOf(clerkEmail)).contains("Rebeka Referent", slovenian("staff.role.CLERK"),
                slovenian("staff.admin.statePending"));
        StaffDashboardPage.open(driver, base).logOut();

        StaffDashboardPage clerk = setUpAndEnrol(TestMailbox.awaitOne(clerkEmail), clerkEmail, CLERK_PASSWORD);
        assertThat(clerk.showsStaffAdminLink()).isFalse();
        StaffMessagePage message = clerk.goToMessages().open(customer.payerCode(), "Kdaj bo popis");
        assertThat(message.body()).isEqualTo("Kdaj bo popis vodomera na Šaleški 3?");
        message = message.take();
        assertThat(message.assignedTo()).isEqualTo("Rebeka Referent");
        assertThat(message.status()).isEqualTo(slovenian("contact.status.IN_PROGRESS"));
        message = message.reply("Popis bo v torek, 8. 12. <b>dopoldne</b>.");
        assertThat(message.globalMessages()).containsExactly(slovenian("staff.messages.replied"));
        assertThat(message.status()).isEqualTo(slovenian("contact.status.ANSWERED"));
        StaffDashboardPage.open(driver, base).logOut();

        ReceivedMail replyMail = TestMailbox.awaitOne(customer.email());
        assertThat(replyMail.text()).contains("Popis bo v torek, 8. 12. <b>dopoldne</b>.", "Rebeka Referent",
                "Kdaj bo popis vodomera na Šaleški 3?");
        LoginPage.open(driver, base).logIn(customer.payerCode(), CUSTOMER_PASSWORD);
        ContactPage contact = ContactPage.open(driver, base);
        assertThat(contact.messages()).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(slovenian("contact.status.ANSWERED")));
        assertThat(contact.replies()).singleElement().satisfies(reply -> assertThat(reply)
                .contains("Rebeka Referent", "Popis bo v torek, 8. 12. <b>dopoldne</b>."));
    }

    /** Follows the mailed setup link, sets the password, enrols the app from the QR code and logs in. */
    private StaffDashboardPage setUpAndEnrol(ReceivedMail setupMail, String email, String password) {
        WebDriver driver = browser.driver();
        StaffLoginPage login = StaffSetupPage.follow(driver, base, setupMail.link("/staff/setup"))
                .setPassword(password);
        assertThat(login.globalMessages()).containsExactly(slovenian("staff.setup.done"));

        login = login.logInStaying(email, password, "");
        assertThat(login.enrolling()).isTrue();
        String secret = login.enrolmentSecret();
        assertThat(QrCodes.decodeDataUri(login.enrolmentQrSource()).getText())
                .startsWith("otpauth://totp/").contains("secret=" + secret);

        login = login.logInStaying(email, password, wrongCode(secret));
        assertThat(login.messageFor("code")).isEqualTo(slovenian("staff.login.enrolCodeWrong"));
        return login.logIn(email, password, codeNow(secret));
    }

    private static String codeNow(String secret) {
        return TotpCodes.code(secret, TotpCodes.stepAt(Instant.now()));
    }

    /** A code of none of the steps around now, so the server refuses it whenever within the minute it arrives. */
    private static String wrongCode(String secret) {
        long now = TotpCodes.stepAt(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean anyStep = false;
            for (long step = now - 2; step <= now + 2; step++) {
                anyStep |= TotpCodes.code(secret, step).equals(code);
            }
            if (!anyStep) {
                return code;
            }
        }
    }
}
