package si.utility.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import si.utility.portal.platform.validation.Violations;

/** Shows messages in the visitor's language, next to their field or on top of the form. */
public final class FormMessages {

    public static final String BUNDLE = "si.utility.portal.i18n.messages";

    private FormMessages() {
    }

    /** Each violation goes next to the input whose id is its field, inside the given form. */
    public static void show(String formId, Violations violations) {
        for (Violations.Violation violation : violations.asList()) {
            error(formId + ":" + violation.field(), violation.messageKey());
        }
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void globalError(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void globalInfo(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** A message that survives the redirect after a successful form (post-redirect-get). */
    public static void flashInfo(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        globalInfo(key, args);
    }

    public static boolean hasText(String key) {
        return ResourceBundle.getBundle(BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .containsKey(key);
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
