package si.utility.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The header's language buttons: a POST to this fixed URL, not to the page's own Faces action, so they work on
 * error pages too (whose action would be under /WEB-INF). Sends the visitor back to the page they were on.
 */
@WebServlet(LanguageServlet.PATH)
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/language";

    @Inject
    LocaleBacking locale;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        locale.choose(request.getParameter("lang"));
        String page = request.getParameter("page");
        String contextPath = request.getContextPath();
        response.sendRedirect(LocalUrls.isLocal(page, contextPath) ? page : contextPath + "/");
    }
}
