package si.utility.portal.account.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Prijavno ime: what a customer types to log in, a payer code or an e-mail address. The one place that says how
 * typed codes and addresses are read, for log-in and registration alike: surrounding white space is dropped,
 * payer codes compare upper-case and e-mail addresses lower-case. Longer than {@value #MAX_LENGTH} characters or
 * with control characters it is no login name at all (no account can have it), so nothing of it is hashed or
 * looked up.
 */
public record LoginName(String payerCode, String email) {

    /** The longest e-mail address (RFC 5321); payer codes are far shorter. Also the cap for passwords at log-in. */
    public static final int MAX_LENGTH = 254;

    public static Optional<LoginName> of(String typed) {
        if (!isPlausible(typed)) {
            return Optional.empty();
        }
        return Optional.of(new LoginName(payerCode(typed), PortalAccount.normalizeEmail(typed)));
    }

    /** A payer code as the registration form and the log-in compare it. */
    public static String payerCode(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** Not blank, at most {@value #MAX_LENGTH} characters, no control characters: a login name or password may be. */
    public static boolean isPlausible(String typed) {
        if (typed == null || typed.length() > MAX_LENGTH * 2 || typed.isBlank()) {
            return false;
        }
        String stripped = typed.strip();
        return stripped.length() <= MAX_LENGTH && stripped.chars().noneMatch(Character::isISOControl);
    }
}
