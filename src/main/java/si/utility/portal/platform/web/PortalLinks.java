package si.utility.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute links for e-mails, from portal.base-url. Only in demo mode may it be empty (see {@link PublicBaseUrl});
 * there the link follows the request.
 */
@RequestScoped
public class PortalLinks {

    @Inject
    PublicBaseUrl baseUrl;

    @Inject
    HttpServletRequest request;

    /** @param path a portal path such as "/account/activate" */
    public String withToken(String path, String token) {
        return base() + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String to(String path) {
        return base() + path;
    }

    private String base() {
        return baseUrl.value().orElseGet(() -> {
            String url = request.getRequestURL().toString();
            String origin = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
            return origin + request.getContextPath();
        });
    }
}
