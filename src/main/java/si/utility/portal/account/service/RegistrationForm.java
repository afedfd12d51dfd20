package si.utility.portal.account.service;

/** What a new customer types into the registration form (manual: "Registracija", Slika 2). */
public record RegistrationForm(
        String payerCode,
        String invoiceNumber,
        String email,
        String password,
        String repeatPassword,
        boolean termsAccepted) {

    public static final String PAYER_CODE = "payerCode";
    public static final String INVOICE_NUMBER = "invoiceNumber";
    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String REPEAT_PASSWORD = "repeatPassword";
    public static final String TERMS = "terms";
    /** Not a field of the record: the form's captcha, answered to the page's {@code Captcha}. */
    public static final String CAPTCHA = "captcha";
}
