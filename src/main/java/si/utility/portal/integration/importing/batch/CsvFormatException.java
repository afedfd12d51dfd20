package si.utility.portal.integration.importing.batch;

/** A CSV file that is not RFC 4180 or breaks a limit; the line is where the record at fault starts. */
public class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFormatException(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
