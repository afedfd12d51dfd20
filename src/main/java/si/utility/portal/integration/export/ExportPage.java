package si.utility.portal.integration.export;

import java.util.List;

/** One answer of the export API: the records after the cursor, and the cursor to ask with next. */
public record ExportPage(ExportKind kind, List<ExportRecord> records, long nextCursor) {
}
