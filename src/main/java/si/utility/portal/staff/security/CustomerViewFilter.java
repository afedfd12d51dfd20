package si.utility.portal.staff.security;

import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import si.utility.portal.platform.web.LoginRedirect;
import si.utility.portal.staff.service.CustomerViews;
import si.utility.portal.staff.service.CustomerViews.Viewed;

/**
 * The one place that keeps a view of a customer's pages read-only. While a staff session views, a customer page
 * is answered only to a GET (or HEAD) of a page that shows the customer's data, without Faces' postback parameters
 * (Mojarra runs a form's action for a GET that carries a view state too), and each page so shown is audited (once
 * answered: a redirect is no page).
 * Everything else is refused with 403 and audited: every form and ajax post, the customer's log-out, and the
 * pages whose mere opening changes something (the mailed confirm and stop links, activation, the log-in and
 * registration pages). Only the language may be switched (a session setting of the clerk's own).
 */
public class CustomerViewFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String READ_ONLY_PAGE = "/WEB-INF/errors/read-only.xhtml";
    private static final String LANGUAGE_PATH = "/language";
    private static final Set<String> VIEWABLE_PAGES = Set.of("/", "/index", "/contact/messages",
            "/profile/my-profile", "/profile/my-data", "/terms", "/accessibility");
    private static final Set<String> VIEWABLE_PREFIXES = Set.of("/consumption/", "/billing/");
    private static final Set<String> RESOURCE_PREFIXES = Set.of("/jakarta.faces.resource/", "/resources/");

    @Inject
    StaffCustomerView view;

    @Inject
    SignedInStaff staff;

    @Inject
    CustomerViews views;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Viewed> viewed = view.viewing(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (viewed.isEmpty() || isResource(path)
                || ("POST".equals(request.getMethod()) && path.equals(LANGUAGE_PATH))) {
            chain.doFilter(request, response);
        } else if (!isViewable(request, path)) {
            views.refused(staff.member(), viewed.get(), request.getMethod() + " " + path);
            refuse(request, response);
        } else if (!views.accountExists(viewed.get())) {
            views.end(staff.member(), viewed.get());
            StaffCustomerView.end(request);
            response.sendRedirect(request.getContextPath() + StaffCustomerView.endedCardPath(viewed.get()));
        } else {
            chain.doFilter(request, response);
            // A redirect shows no page (Payara answers the welcome URL "/" with one to "/index").
            if (!isRedirect(response.getStatus())) {
                views.pageShown(staff.member(), viewed.get(), withQuery(request, path));
            }
        }
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status < 400;
    }

    private static boolean isViewable(HttpServletRequest request, String path) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return read && (VIEWABLE_PAGES.contains(path) || VIEWABLE_PREFIXES.stream().anyMatch(path::startsWith))
                && request.getParameterMap().keySet().stream().noneMatch(CustomerViewFilter::isFacesParameter);
    }

    private static boolean isFacesParameter(String name) {
        return name.startsWith("jakarta.faces.") || name.equals(ResponseStateManager.VIEW_STATE_PARAM);
    }

    private static boolean isResource(String path) {
        return path.equals("/favicon.ico") || RESOURCE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static String withQuery(HttpServletRequest request, String path) {
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** The read-only page with 403, rendered as a fresh GET so that Faces restores no posted view; ajax: 403 only. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (LoginRedirect.isAjax(request)) {
            return;
        }
        request.getRequestDispatcher(READ_ONLY_PAGE).forward(new PlainGet(request), response);
    }

    /** The refused request as the read-only page sees it: a GET without parameters. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
