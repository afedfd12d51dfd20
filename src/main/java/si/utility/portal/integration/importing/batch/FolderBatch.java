package si.utility.portal.integration.importing.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A batch as a folder (the drop folder, the demo batch): its regular files, links not followed. */
final class FolderBatch implements BatchSource {

    private final Path root;
    private final Set<String> paths;

    FolderBatch(Path root, ImportLimits limits) throws IOException {
        this.root = root.toRealPath();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(this.root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                if (names.size() >= limits.maxEntries()) {
                    throw new BatchRefusedException("the folder holds more than " + limits.maxEntries() + " files");
                }
                names.add(BatchSource.checkedPath(this.root.relativize(file).toString().replace('\\', '/')));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        this.paths = Set.copyOf(names);
    }

    @Override
    public Set<String> paths() {
        return paths;
    }

    @Override
    public InputStream open(String path, long maxBytes) throws IOException {
        if (!paths.contains(path)) {
            throw new BatchRefusedException("the batch has no file " + path);
        }
        return new LimitedInputStream(Files.newInputStream(root.resolve(path)), path, maxBytes);
    }

    @Override
    public void close() {
        // Nothing held open: every file is opened when it is read.
    }
}
