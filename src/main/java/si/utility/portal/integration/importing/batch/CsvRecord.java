package si.utility.portal.integration.importing.batch;

import java.util.List;

/** One CSV record: its fields, and the line it starts on (a quoted field may span lines). */
public record CsvRecord(long line, List<String> fields) {
}
