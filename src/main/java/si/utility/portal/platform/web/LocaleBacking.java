package si.utility.portal.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The visitor's language: Slovenian unless the browser prefers English, switchable on every page. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SLOVENIAN = Locale.forLanguageTag("sl");
    static final List<Locale> SUPPORTED = List.of(SLOVENIAN, Locale.ENGLISH);
    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            // Without Accept-Language the servlet container reports its own default locale, not the visitor's.
            boolean browserSaid = external.getRequestHeaderMap().containsKey("Accept-Language");
            locale = browserSaid ? preferred(external.getRequestLocales()) : SLOVENIAN;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The header's language buttons ({@link LanguageServlet}): an unknown language changes nothing. */
    void choose(String language) {
        SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(language))
                .findFirst()
                .ifPresent(chosen -> {
                    locale = chosen;
                    // Looked up, not injected: an injected Event is serialized with every session (4.6 KB).
                    CDI.current().getBeanManager().getEvent().select(LanguageChosen.class)
                            .fire(new LanguageChosen(chosen));
                });
    }

    /**
     * The page the language buttons come back to: the address the browser asked for, also on an error page or
     * a page that FacesViews forwarded to its file.
     */
    public String getPage() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String uri;
        String query;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            // Servlet 6.1 names the error's query string; before it, the error dispatch keeps the request's own.
            Object errorQuery = request.getAttribute(ERROR_QUERY_STRING);
            query = errorQuery != null ? (String) errorQuery : request.getQueryString();
        } else if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        } else {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        return query == null ? uri : uri + "?" + query;
    }

    /** The first of the browser's languages that the portal speaks; Slovenian when none is. */
    static Locale preferred(Iterator<Locale> requested) {
        while (requested.hasNext()) {
            String language = requested.next().getLanguage();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return SLOVENIAN;
    }
}
