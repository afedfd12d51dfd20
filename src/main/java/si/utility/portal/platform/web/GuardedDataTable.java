package si.utility.portal.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.primefaces.component.datatable.DataTable;

/**
 * PrimeFaces' data table (registered for every {@code p:dataTable} in faces-config.xml), refusing forged paging
 * parameters. The stock table keeps whatever {@code <id>_first} says in the view's state before it loads the
 * page, so one ajax request with {@code first=-12} broke every later request on that view, and a page size it
 * does not offer ({@code rows=-1}, {@code 0}, {@code abc}) or a first row that is no number threw. A paging
 * request the paginator could not have sent shows the first page instead.
 */
public class GuardedDataTable extends DataTable {

    private static final Logger LOG = Logger.getLogger(GuardedDataTable.class.getName());
    /** A row index the paginator sends: digits, small enough for an int. */
    private static final Pattern ROW_INDEX = Pattern.compile("\\d{1,9}");

    @Override
    public void updatePaginationData(FacesContext context) {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        String first = parameters.get(getClientId(context) + "_first");
        if (first != null && ROW_INDEX.matcher(first).matches()) {
            try {
                // Refuses a page size that the table does not offer, before it changes anything.
                super.updatePaginationData(context);
                return;
            } catch (IllegalArgumentException forged) {
                // Falls through to the first page.
            }
        }
        LOG.fine("A paging request with a first row or page size the paginator does not send; first page shown");
        setRowIndex(-1);
        setFirst(0);
    }
}
