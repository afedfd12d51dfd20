package si.utility.portal.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends generated files as downloads that no cache keeps: they hold the payer's data. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + safeName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
