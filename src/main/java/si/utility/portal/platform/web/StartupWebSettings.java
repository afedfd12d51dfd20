package si.utility.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Start-up checks of the web settings. A missing or malformed portal.base-url outside demo mode stops the
 * start-up: a listener that throws fails the deployment on every server, so no request reaches a portal that
 * would mail links to whatever host a client names. The session cookie is marked {@code Secure} when the portal
 * is served over HTTPS; not always: the run command serves plain HTTP on localhost, where a browser never sends a
 * Secure cookie back. HttpOnly and SameSite come from web.xml.
 */
@WebListener
public class StartupWebSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupWebSettings.class.getName());

    @Inject
    PublicBaseUrlProducer baseUrls;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        PublicBaseUrl baseUrl;
        try {
            baseUrl = baseUrls.publicBaseUrl();
        } catch (IllegalStateException e) {
            LOG.severe("Portal does not start: " + e.getMessage());
            throw e;
        }
        if (baseUrl.value().isEmpty()) {
            LOG.warning("Demo mode without portal.base-url: mailed links follow the request's Host header");
        }
        if (baseUrl.isHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        } else {
            LOG.info("Session cookie without the Secure flag: portal.base-url does not start with https://");
        }
    }
}
