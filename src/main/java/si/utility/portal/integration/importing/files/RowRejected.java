package si.utility.portal.integration.importing.files;

/** Thrown inside a file type while reading a row, caught there and answered as a rejected row. */
final class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String column;

    RowRejected(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }
}
