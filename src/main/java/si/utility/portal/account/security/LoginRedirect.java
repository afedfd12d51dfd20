package si.utility.portal.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends a visitor to the login page; Faces ajax requests cannot follow an HTTP redirect and get a partial one. */
final class LoginRedirect {

    private LoginRedirect() {
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if (isAjax(request)) {
            sendPartialRedirect(response, url);
        } else {
            response.sendRedirect(url);
        }
    }

    static void sendPartialRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + url + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
