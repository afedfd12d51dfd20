package si.utility.portal.platform.mail;

import java.util.Locale;

/**
 * What kind of failure an outbox message last met, told from its error text (the transport's message): enough for
 * a clerk to see whether the mail server was away or the address refused, without the server's raw answer.
 */
public enum MailErrorKind {
    CONNECTION, TIMEOUT, AUTHENTICATION, ADDRESS_REFUSED, OTHER;

    static MailErrorKind of(String error) {
        if (error == null) {
            return null;
        }
        String text = error.toLowerCase(Locale.ROOT);
        if (text.contains("couldn't connect") || text.contains("connection refused")
                || text.contains("unknown smtp host") || text.contains("unknown host")) {
            return CONNECTION;
        }
        if (text.contains("timed out") || text.contains("timeout")) {
            return TIMEOUT;
        }
        if (text.contains("authentication") || text.contains(" 535")) {
            return AUTHENTICATION;
        }
        if (text.contains("invalid addresses") || text.contains(" 550") || text.contains(" 553")
                || text.contains("recipient")) {
            return ADDRESS_REFUSED;
        }
        return OTHER;
    }
}
