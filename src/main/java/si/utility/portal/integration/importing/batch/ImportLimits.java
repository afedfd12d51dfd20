package si.utility.portal.integration.importing.batch;

/**
 * What a batch may hold at most, against hostile or broken archives: the archive's own size, the number of
 * entries, each entry's and all entries' uncompressed bytes (counted while reading, not taken from the ZIP's
 * headers, which a zip bomb can fake), and the size of one CSV record.
 */
public record ImportLimits(long maxArchiveBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
        CsvLimits csv) {

    /** manifest.json is read whole into memory, so it gets a bound of its own. */
    public static final int MAX_MANIFEST_BYTES = 1 << 20;
}
