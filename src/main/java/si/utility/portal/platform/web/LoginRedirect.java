package si.utility.portal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends a visitor to a login page (customers' or staff's); Faces ajax requests cannot follow an HTTP redirect and get a partial one. */
public final class LoginRedirect {

    private LoginRedirect() {
    }

    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if (isAjax(request)) {
            sendPartialRedirect(response, url);
        } else {
            response.sendRedirect(url);
        }
    }

    public static void sendPartialRedirect(HttpServletResponse response, String url) {
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
