package si.utility.portal.consumption.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV download as Excel in Slovenia opens it: UTF-8 with a byte order mark, {@code ;} between fields,
 * CRLF line ends, fields quoted when they contain a separator, quote or line break.
 */
final class Csv implements AutoCloseable {

    private final Writer writer;

    private Csv(Writer writer) {
        this.writer = writer;
    }

    /** Starts the download of the current Faces response; {@link #close()} completes the response. */
    static Csv download(String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Writer writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new Csv(writer);
    }

    void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    writer.write(';');
                }
                writer.write(quote(fields.get(i)));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    @Override
    public void close() throws IOException {
        writer.flush();
        FacesContext.getCurrentInstance().responseComplete();
    }
}
