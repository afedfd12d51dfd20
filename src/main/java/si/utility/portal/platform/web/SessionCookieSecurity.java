package si.utility.portal.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when portal.base-url says the portal is served over HTTPS.
 * Not always: the run command serves plain HTTP on localhost, where a browser never sends a Secure cookie back.
 * HttpOnly and SameSite come from web.xml.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Optional<String> baseUrl = ConfigProvider.getConfig().getOptionalValue("portal.base-url", String.class);
        if (servedOverHttps(baseUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        } else {
            LOG.info("Session cookie without the Secure flag: portal.base-url does not start with https://");
        }
    }

    static boolean servedOverHttps(Optional<String> baseUrl) {
        return baseUrl.map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
    }
}
