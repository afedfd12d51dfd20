package si.utility.portal.integration.export;

/** Gives tests outside this package the export's rows, whose constructors the export keeps to itself. */
public final class ExportSamples {

    private ExportSamples() {
    }

    public static ExportStream stream(String name) {
        return new ExportStream(name);
    }

    public static ExportEntry entry(String stream, long position, long recordId) {
        return new ExportEntry(stream, position, recordId);
    }
}
