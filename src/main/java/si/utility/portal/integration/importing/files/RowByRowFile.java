package si.utility.portal.integration.importing.files;

import java.util.ArrayList;
import java.util.List;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;

/** A file type that applies its rows one after the other; a row that breaks a rule writes nothing. */
abstract class RowByRowFile implements ExchangeFile {

    @Override
    public List<RowResult> apply(List<ExchangeRow> rows, ImportContext context) {
        List<RowResult> results = new ArrayList<>(rows.size());
        for (ExchangeRow row : rows) {
            try {
                results.add(RowResult.of(row, apply(new RowValues(row))));
            } catch (RowRejected e) {
                results.add(RowResult.rejected(row, e.column(), e.getMessage()));
            }
        }
        return results;
    }

    /** Checks every value before it changes anything, so that a rejected row writes nothing. */
    abstract RowOutcome apply(RowValues row);
}
