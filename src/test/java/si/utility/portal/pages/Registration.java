package si.utility.portal.pages;

import si.utility.portal.testsupport.TestData.NewPayer;

/** What a visitor types into the registration form; the {@code with...} methods break one thing at a time. */
public record Registration(String payerCode, String invoiceNumber, String email, String password,
        String repeatPassword, String captcha, boolean acceptTerms) {

    /** The captcha answer the test server accepts (portal.captcha.fixed-answer in arquillian.xml). */
    public static final String CAPTCHA_ANSWER = "TEST1";

    public static Registration valid(String payerCode, String invoiceNumber, String email, String password) {
        return new Registration(payerCode, invoiceNumber, email, password, password, CAPTCHA_ANSWER, true);
    }

    public static Registration valid(NewPayer payer, String password) {
        return valid(payer.payerCode(), payer.invoiceNumber(), payer.email(), password);
    }

    public Registration withInvoiceNumber(String value) {
        return new Registration(payerCode, value, email, password, repeatPassword, captcha, acceptTerms);
    }

    public Registration withEmail(String value) {
        return new Registration(payerCode, invoiceNumber, value, password, repeatPassword, captcha, acceptTerms);
    }

    /** A new password, repeated correctly. */
    public Registration withPassword(String value) {
        return new Registration(payerCode, invoiceNumber, email, value, value, captcha, acceptTerms);
    }

    public Registration withRepeatPassword(String value) {
        return new Registration(payerCode, invoiceNumber, email, password, value, captcha, acceptTerms);
    }

    public Registration withCaptcha(String value) {
        return new Registration(payerCode, invoiceNumber, email, password, repeatPassword, value, acceptTerms);
    }

    public Registration withoutAcceptingTerms() {
        return new Registration(payerCode, invoiceNumber, email, password, repeatPassword, captcha, false);
    }
}
