package si.utility.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * The message "the form had expired, here it is again" ({@code error.formExpired}) for the page that
 * {@link ExpiredFormHandler} redirected to: remembered in the session (only one that exists: a post without a session
 * creates none) and shown once, on the next page rendered.
 */
@Named
@RequestScoped
public class ExpiredFormNotice {

    private static final String ATTRIBUTE = "portal.formExpired";

    private Boolean shown;

    static void remember(FacesContext context) {
        HttpSession session = (HttpSession) context.getExternalContext().getSession(false);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, Boolean.TRUE);
        }
    }

    /** Whether this page shows the message; asking takes it out of the session, so it shows once. */
    public boolean isShown() {
        if (shown == null) {
            HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext()
                    .getSession(false);
            shown = session != null && session.getAttribute(ATTRIBUTE) != null;
            if (shown) {
                session.removeAttribute(ATTRIBUTE);
            }
        }
        return shown;
    }
}
