package si.utility.portal.contact.domain;

/**
 * What the customer typed into "Stik z nami".
 *
 * @param requestId a random id the page gave this form when it was shown; a second submission of the same
 *                  form (double click, browser resend) carries it again and stores nothing new
 */
public record ContactForm(String name, String email, String body, String requestId) {
}
