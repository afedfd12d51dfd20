package si.utility.portal.staff.web;

import java.io.Serializable;
import java.util.List;

/**
 * A back-office list read one page at a time in the database ({@code ?page=}, from 1, {@value #PAGE_SIZE} rows a
 * page): the rows and the total are read once per request, or again after an action changed them.
 */
abstract class PagedList<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    private int page = 1;
    private transient List<T> rows;
    private Long total;

    protected abstract List<T> read(int first, int max);

    protected abstract long count();

    protected List<T> rows() {
        if (rows == null) {
            rows = read(Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return rows;
    }

    /** After an action: the page shows the list as it is now. */
    protected void reload() {
        rows = null;
        total = null;
    }

    public long getTotal() {
        if (total == null) {
            total = count();
        }
        return total;
    }

    public int getPageCount() {
        return Pager.pageCount(getTotal(), PAGE_SIZE);
    }

    public int getPage() {
        return Pager.clamp(page);
    }

    public void setPage(int page) {
        this.page = page;
    }
}
