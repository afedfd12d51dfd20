package si.utility.portal.integration.export;

import java.util.Map;

/** One exported record: its position in the stream (the cursor after it) and its values by column. */
public record ExportRecord(long position, Map<String, Object> values) {
}
