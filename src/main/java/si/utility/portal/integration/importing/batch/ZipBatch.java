package si.utility.portal.integration.importing.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A batch as a ZIP archive on disk (random access, so a file can be read again from its start on resume). */
final class ZipBatch implements BatchSource {

    private final ZipFile zip;
    private final Set<String> paths;

    ZipBatch(Path archive, ImportLimits limits) throws IOException {
        if (Files.size(archive) > limits.maxArchiveBytes()) {
            throw new BatchRefusedException("the archive is larger than the limit of " + limits.maxArchiveBytes()
                    + " bytes");
        }
        try {
            zip = new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw new BatchRefusedException("the body is not a ZIP archive");
        }
        try {
            paths = Collections.unmodifiableSet(entries(limits));
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private Set<String> entries(ImportLimits limits) {
        Set<String> names = new LinkedHashSet<>();
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (names.size() >= limits.maxEntries()) {
                throw new BatchRefusedException("the archive holds more than " + limits.maxEntries() + " files");
            }
            if (!entry.isDirectory()) {
                names.add(BatchSource.checkedPath(entry.getName()));
            }
        }
        return names;
    }

    @Override
    public Set<String> paths() {
        return paths;
    }

    @Override
    public InputStream open(String path, long maxBytes) throws IOException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw new BatchRefusedException("the batch has no file " + path);
        }
        return new LimitedInputStream(zip.getInputStream(entry), path, maxBytes);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
