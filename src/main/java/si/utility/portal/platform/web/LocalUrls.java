package si.utility.portal.platform.web;

/** Whether a URL sent back by the browser is a page of this application, so that redirecting to it is safe. */
public final class LocalUrls {

    private LocalUrls() {
    }

    public static boolean isLocal(Object url, String contextPath) {
        return url instanceof String s
                && s.startsWith(contextPath + "/")
                && !s.startsWith("//")
                && !s.contains("\\")
                && !s.contains("://");
    }
}
