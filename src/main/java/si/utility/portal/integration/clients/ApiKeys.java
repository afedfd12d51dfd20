package si.utility.portal.integration.clients;

import java.util.regex.Pattern;
import si.utility.portal.platform.security.SecureTokens;

/**
 * The API keys of integration clients: {@code kpv_} followed by 256 random bits (43 characters of URL-safe
 * Base64), so a key is recognisable in a configuration file or a leak scanner and far beyond guessing. Only its
 * SHA-256 is stored; a key is found by looking its hash up, so no stored secret is ever compared character by
 * character.
 */
public final class ApiKeys {

    public static final String PREFIX = "kpv_";
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private ApiKeys() {
    }

    public static String newKey() {
        return PREFIX + SecureTokens.newToken();
    }

    /** Whether the text has the shape of a key at all: anything else is refused without a database look-up. */
    public static boolean isWellFormed(String key) {
        return key != null && FORMAT.matcher(key).matches();
    }

    public static String hash(String key) {
        return SecureTokens.hash(key);
    }

}
