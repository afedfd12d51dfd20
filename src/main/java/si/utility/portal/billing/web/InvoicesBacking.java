package si.utility.portal.billing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.billing.service.InvoiceFilter;
import si.utility.portal.billing.service.InvoiceRow;
import si.utility.portal.billing.service.InvoiceService;
import si.utility.portal.billing.service.InvoiceSort;
import si.utility.portal.consumption.service.ConsumptionPointService;
import si.utility.portal.core.domain.PayerPoint;

/** billing/invoices.xhtml: the payer's invoices, paged, sorted and filtered by the database. */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortBy properties, mapped to the columns the service sorts by. */
    private static final Map<String, InvoiceSort.Column> SORTABLE = Map.of(
            "number", InvoiceSort.Column.NUMBER,
            "issueDate", InvoiceSort.Column.ISSUE_DATE,
            "dueDate", InvoiceSort.Column.DUE_DATE,
            "periodFrom", InvoiceSort.Column.PERIOD,
            "consumptionPointCode", InvoiceSort.Column.CONSUMPTION_POINT,
            "netAmount", InvoiceSort.Column.NET,
            "vatAmount", InvoiceSort.Column.VAT,
            "grossAmount", InvoiceSort.Column.GROSS);

    @Inject
    SignedInCustomer customer;

    @Inject
    InvoiceService invoices;

    @Inject
    ConsumptionPointService consumptionPoints;

    private Integer year;
    private Long consumptionPointId;
    /** The filters' choices, read again where the view is restored: the session keeps only what was chosen. */
    private transient List<Integer> years;
    private transient List<PayerPoint> points;
    private final Model model = new Model();

    /** Asks the service for one page at a time; the page never holds the whole list. */
    public class Model extends LazyDataModel<InvoiceRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(invoices.count(customer.payerId(), filter()));
        }

        @Override
        public List<InvoiceRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return invoices.find(customer.payerId(), filter(), sort(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(InvoiceRow row) {
            return row.number();
        }

        @Override
        public InvoiceRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> row.number().equals(rowKey)).findFirst().orElse(null);
        }
    }

    private static InvoiceSort sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && SORTABLE.containsKey(meta.getField()))
                .findFirst()
                .map(meta -> new InvoiceSort(SORTABLE.get(meta.getField()), meta.getOrder() == SortOrder.ASCENDING))
                .orElse(InvoiceSort.NEWEST_FIRST);
    }

    public InvoiceFilter filter() {
        return new InvoiceFilter(year, consumptionPointId);
    }

    /** The CSV export of exactly what the filters show. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder();
        if (year != null) {
            query.append("year=").append(year);
        }
        if (consumptionPointId != null) {
            query.append(query.isEmpty() ? "" : "&").append("point=").append(consumptionPointId);
        }
        return query.isEmpty() ? "" : "?" + query;
    }

    public Model getModel() {
        return model;
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = invoices.years(customer.payerId());
        }
        return years;
    }

    public List<PayerPoint> getPoints() {
        if (points == null) {
            points = consumptionPoints.findForPayer(customer.payerId());
        }
        return points;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getConsumptionPointId() {
        return consumptionPointId;
    }

    public void setConsumptionPointId(Long consumptionPointId) {
        this.consumptionPointId = consumptionPointId;
    }
}
