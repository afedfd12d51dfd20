package si.utility.portal.integration.importing.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes actually read and refuses the file once they pass the limit (zip bombs lie in their headers). */
final class LimitedInputStream extends FilterInputStream {

    private final String path;
    private final long maxBytes;
    private final long reportedLimit;
    private long read;

    LimitedInputStream(InputStream in, String path, long maxBytes) {
        this(in, path, maxBytes, maxBytes);
    }

    /** {@code reportedLimit}: the limit the refusal names, when {@code maxBytes} is what is left of it. */
    LimitedInputStream(InputStream in, String path, long maxBytes, long reportedLimit) {
        super(in);
        this.path = path;
        this.maxBytes = maxBytes;
        this.reportedLimit = reportedLimit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    long bytesRead() {
        return read;
    }

    private void count(int n) {
        read += n;
        if (read > maxBytes) {
            throw new BatchRefusedException(path + " is larger than the limit of " + reportedLimit + " bytes");
        }
    }
}
