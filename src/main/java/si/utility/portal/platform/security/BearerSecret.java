package si.utility.portal.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A secret an operator's tool sends as {@code Authorization: Bearer <secret>}, configured only as its SHA-256 in
 * hex, so that the configuration does not hold the secret. Not configured (empty): the endpoint does not exist.
 * A setting that is no SHA-256 in hex matches no secret, and the log says so once.
 */
public final class BearerSecret {

    private static final Logger LOG = Logger.getLogger(BearerSecret.class.getName());
    private static final String BEARER = "Bearer ";

    private final byte[] hash;

    private BearerSecret(byte[] hash) {
        this.hash = hash;
    }

    /** Empty when {@code configuredSha256} is empty or blank. */
    public static Optional<BearerSecret> of(String settingName, Optional<String> configuredSha256) {
        return configuredSha256.map(String::strip).filter(value -> !value.isEmpty()).map(value -> {
            try {
                return new BearerSecret(HexFormat.of().parseHex(value));
            } catch (IllegalArgumentException e) {
                LOG.severe(() -> settingName + " is not a SHA-256 in hex: no secret is accepted");
                return new BearerSecret(new byte[0]);
            }
        });
    }

    /** Whether the request carries the secret; compared in constant time. */
    public boolean isSentWith(HttpServletRequest request) {
        String secret = fromAuthorizationHeader(request.getHeader("Authorization"));
        return secret != null && matches(secret);
    }

    public boolean matches(String secret) {
        return MessageDigest.isEqual(HexFormat.of().parseHex(SecureTokens.hash(secret)), hash);
    }

    /** The secret of an {@code Authorization: Bearer <secret>} header, or null when the header is no bearer header. */
    public static String fromAuthorizationHeader(String header) {
        if (header == null || header.length() < BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }
}
