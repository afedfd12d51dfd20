package si.utility.portal.integration.importing.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The files of a batch, in a ZIP archive or a folder, by their path inside it ({@code payers.csv}, ...). */
public interface BatchSource extends Closeable {

    String MANIFEST = "manifest.json";

    /** Every file's path; refuses a path that is absolute or climbs out ({@code ..}). */
    Set<String> paths();

    /** The file's bytes, limited: reading more than {@code maxBytes} fails with {@link BatchRefusedException}. */
    InputStream open(String path, long maxBytes) throws IOException;

    /** A ZIP archive or a folder holding the batch. */
    static BatchSource of(Path location, ImportLimits limits) throws IOException {
        return Files.isDirectory(location) ? new FolderBatch(location, limits) : new ZipBatch(location, limits);
    }

    /** Refuses an entry name that could reach outside the batch when unpacked or looked up. */
    static String checkedPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.chars().anyMatch(c -> c < 0x20)) {
            throw new BatchRefusedException("the batch holds a file with a forbidden name: " + printable(path));
        }
        for (String part : path.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                throw new BatchRefusedException("the batch holds a file with a forbidden name: " + printable(path));
            }
        }
        return path;
    }

    private static String printable(String path) {
        String visible = path.codePoints().map(c -> c < 0x20 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 200 ? visible.substring(0, 200) + "..." : visible;
    }
}
