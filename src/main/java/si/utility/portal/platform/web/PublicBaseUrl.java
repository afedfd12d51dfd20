package si.utility.portal.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's public address (portal.base-url), the origin of every mailed link. Outside demo mode it is
 * required and must be absolute: without it links would be built from the request's Host header, which any
 * client chooses (host header poisoning). In demo mode (portal.demo-data=true: the run command and the tests,
 * whose servers take random ports) an empty value is allowed and links follow the request.
 */
public final class PublicBaseUrl {

    private final Optional<String> value;

    private PublicBaseUrl(Optional<String> value) {
        this.value = value;
    }

    /** @throws IllegalStateException with the reason, when the value cannot be used in this mode */
    public static PublicBaseUrl of(Optional<String> configured, boolean demoMode) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            if (demoMode) {
                return new PublicBaseUrl(Optional.empty());
            }
            throw new IllegalStateException("portal.base-url is not set: set it to the portal's public address, "
                    + "e.g. PORTAL_BASE_URL=https://portal.example.si (mailed links must not follow the Host header)");
        }
        String url = value.get();
        if (!isAbsoluteHttp(url)) {
            throw new IllegalStateException("portal.base-url must be an absolute http:// or https:// address "
                    + "without query or fragment, e.g. https://portal.example.si; it is '" + url + "'");
        }
        return new PublicBaseUrl(Optional.of(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
    }

    private static boolean isAbsoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The address without a trailing slash; empty only in demo mode. */
    public Optional<String> value() {
        return value;
    }

    public boolean isHttps() {
        return value.map(url -> url.toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
    }
}
