package si.utility.portal.billing.service;

/** The columns the invoice list can be sorted by, in the database. */
public record InvoiceSort(Column column, boolean ascending) {

    public enum Column {
        NUMBER, ISSUE_DATE, DUE_DATE, PERIOD, CONSUMPTION_POINT, NET, VAT, GROSS
    }

    /** The newest first, as on paper. */
    public static final InvoiceSort NEWEST_FIRST = new InvoiceSort(Column.ISSUE_DATE, false);
}
