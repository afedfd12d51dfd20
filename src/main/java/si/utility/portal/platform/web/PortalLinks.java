package si.utility.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for e-mails. In production portal.base-url must be set: without it the link is built
 * from the request's Host header, which a client chooses.
 */
@RequestScoped
public class PortalLinks {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    Optional<String> baseUrl;

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
        String base = baseUrl.orElseGet(() -> {
            String url = request.getRequestURL().toString();
            String origin = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
            return origin + request.getContextPath();
        });
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
