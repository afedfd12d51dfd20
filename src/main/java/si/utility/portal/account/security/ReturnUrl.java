package si.utility.portal.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import si.utility.portal.platform.web.LocalUrls;

/** Remembers the page a visitor asked for before logging in, and gives it back only if it is ours. */
public final class ReturnUrl {

    private static final String ATTRIBUTE = ReturnUrl.class.getName();

    private ReturnUrl() {
    }

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        request.getSession().setAttribute(ATTRIBUTE, url);
    }

    /** The remembered page of this application, or its home page; never another site. */
    public static String takeOrHome(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String home = request.getContextPath() + "/";
        if (session == null) {
            return home;
        }
        Object url = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return isLocal(url, request.getContextPath()) ? (String) url : home;
    }

    static boolean isLocal(Object url, String contextPath) {
        return LocalUrls.isLocal(url, contextPath);
    }
}
