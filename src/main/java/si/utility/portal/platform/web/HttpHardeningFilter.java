package si.utility.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The first filter (web.xml), on every dispatch: the security headers are set before anything else can write or
 * commit the response, error pages included; refused requests (see {@link HttpHardening}) go no further.
 */
public class HttpHardeningFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CSP = "Content-Security-Policy";

    @Inject
    transient HttpHardening hardening;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            hardening.addHeaders(request, response);
        } else if (!hardening.admit(request, response)) {
            return;
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * PrimeFaces adds the same policy with its nonce on pages; it replaces the one set here, so a page carries one
     * policy (browsers would enforce both, and the one without the nonce would block the page's scripts).
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
