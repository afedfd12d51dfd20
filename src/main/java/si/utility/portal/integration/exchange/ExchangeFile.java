package si.utility.portal.integration.exchange;

import java.util.List;
import java.util.Set;

/**
 * One CSV file type of the exchange format (docs/exchange-format.md): which columns it has and how its rows
 * change the portal's data. Implementations are CDI beans; the importer finds them all and runs the files of a
 * batch in {@link ExchangeFormat#FILE_ORDER}, in chunks, each chunk in one transaction of the importer's.
 */
public interface ExchangeFile {

    /** The file's name without ".csv", as in the manifest: {@code payers}, {@code meters}, ... */
    String name();

    /** Columns the header must have; a file without one of them is refused whole. */
    Set<String> requiredColumns();

    /** Every column the format defines for this file (other columns are refused, so typos do not go unseen). */
    Set<String> knownColumns();

    /**
     * Applies the rows in the caller's transaction and answers one result per row, in the same order. A row that
     * breaks a rule (format, reference to an unknown record, older version than the one held) is rejected with
     * its reason and writes nothing; the others apply.
     */
    List<RowResult> apply(List<ExchangeRow> rows, ImportContext context);

    /**
     * Called once after the last row of a file in {@link FileMode#FULL}: settles or removes, for the payers the
     * file named, what it no longer listed. Answers how many records it changed.
     */
    long completeFull(ImportContext context);
}
