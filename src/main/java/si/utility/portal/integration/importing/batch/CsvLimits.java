package si.utility.portal.integration.importing.batch;

/** Bounds a CSV file may not exceed, so that one record never costs more memory than this. */
public record CsvLimits(int maxFieldChars, int maxRecordChars, int maxFields) {

    /** Wide enough for any column of the exchange format (the longest are addresses and texts of a few hundred). */
    public static final CsvLimits DEFAULT = new CsvLimits(4_000, 64_000, 100);
}
