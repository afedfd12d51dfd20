package si.utility.portal.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import si.utility.portal.staff.service.CustomerSearch;
import si.utility.portal.staff.service.CustomerSearch.Found;

/** staff/customers.xhtml?q=&amp;page=: the customer search, a page at a time; the URL is the search. */
@Named
@RequestScoped
public class StaffCustomersBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    CustomerSearch search;

    private String q;
    private int page = 1;
    private List<Found> found;
    private Long total;

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public boolean isSearchable() {
        return CustomerSearch.isSearchable(q);
    }

    public List<Found> getFound() {
        if (found == null) {
            found = isSearchable() ? search.page(q, Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE) : List.of();
        }
        return found;
    }

    public long getTotal() {
        if (total == null) {
            total = isSearchable() ? search.count(q) : 0;
        }
        return total;
    }

    public int getPageCount() {
        return Pager.pageCount(getTotal(), PAGE_SIZE);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return Pager.clamp(page);
    }

    public void setPage(int page) {
        this.page = page;
    }
}
