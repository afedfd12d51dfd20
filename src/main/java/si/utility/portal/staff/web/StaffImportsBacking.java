package si.utility.portal.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.integration.importing.service.BatchRecords.BatchLine;

/** staff/imports.xhtml?page=: the billing system's import batches, newest first, with their counts. */
@Named
@RequestScoped
public class StaffImportsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    BatchRecords batches;

    private int page = 1;
    private List<BatchLine> lines;
    private Long total;

    public List<BatchLine> getBatches() {
        if (lines == null) {
            lines = batches.page(Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return lines;
    }

    public long getTotal() {
        if (total == null) {
            total = batches.count();
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
