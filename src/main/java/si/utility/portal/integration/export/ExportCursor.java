package si.utility.portal.integration.export;

/**
 * The query of an export page: {@code after} is the cursor (the position of the last record the receiver has; 0 or
 * absent = from the start), {@code limit} how many records at most (default {@value #DEFAULT_LIMIT}, 1 to
 * {@value #MAX_LIMIT}). The answer's next cursor is the position of its last record, or the same cursor when there
 * was nothing new: the receiver asks again with it, so what it has is never asked for again and nothing is passed.
 */
public record ExportCursor(long after, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** @throws IllegalArgumentException with a message for the client when a parameter is no valid value */
    public static ExportCursor of(String after, String limit) {
        return new ExportCursor(parseAfter(after), parseLimit(limit));
    }

    private static long parseAfter(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(after.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("after must be a cursor of an earlier answer (a number, 0 or more)");
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("limit must be a number from 1 to " + MAX_LIMIT);
    }

    /** The cursor after a page whose last record has this position, or the same cursor after an empty page. */
    public long next(Long lastPosition) {
        return lastPosition == null ? after : lastPosition;
    }
}
