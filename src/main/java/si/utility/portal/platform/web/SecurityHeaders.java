package si.utility.portal.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@link HttpHardening}: which headers every response carries and which requests are refused.
 */
public final class SecurityHeaders {

    /**
     * Everything from the portal's own origin only. Inline style attributes are allowed because PrimeFaces
     * renders them; inline scripts only with the nonce PrimeFaces appends to this policy on every page
     * (primefaces.CSP_POLICY in web.xml reads it, so there is one policy, not two).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), interest-cohort=()";
    /** One year; not includeSubDomains: the utility's other hosts are not the portal's to promise HTTPS for. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    /** The only methods pages and downloads need; OPTIONS and TRACE (and PUT, DELETE, ...) are refused. */
    static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOW = "GET, HEAD, POST";

    private SecurityHeaders() {
    }

    /**
     * @param https the portal is served over HTTPS (portal.base-url)
     * @param personal the response may show a signed-in customer's data
     */
    static Map<String, String> forResponse(boolean https, boolean personal) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        if (https) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (personal) {
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }

    static boolean isAllowedMethod(String method) {
        return ALLOWED_METHODS.contains(method);
    }

    /** Static files are the same for everyone, so they may be cached even for a signed-in customer. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    /**
     * A session id in the URL path ({@code ;jsessionid=}, any case, also encoded): sessions travel only in the
     * cookie, a URL with a session id is how a session is planted on a victim (session fixation).
     */
    static boolean carriesSessionId(String rawRequestUri) {
        String uri = rawRequestUri.toLowerCase(Locale.ROOT);
        return uri.contains(";jsessionid") || uri.contains("%3bjsessionid");
    }
}
