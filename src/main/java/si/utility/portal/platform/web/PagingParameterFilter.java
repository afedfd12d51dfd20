package si.utility.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 400 to a request whose table paging parameters no paginator would send ({@link PagingParameters}),
 * before Faces restores the view: so the bad value never reaches a data table's state, and the customer's next
 * request on the same page works as if the bad one had not been made. Guards every lazy table of the portal.
 */
@WebFilter(filterName = "PagingParameterFilter", urlPatterns = "/*")
public class PagingParameterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            // Tables decode their parameters only on a postback.
            chain.doFilter(request, response);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // Reading the parameters fixes their encoding; Faces pages post UTF-8 and Faces would choose it too.
            request.setCharacterEncoding("UTF-8");
        }
        if (!PagingParameters.areValid(request.getParameterMap())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
