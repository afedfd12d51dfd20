package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.integration.importing.service.ImportReport;

/**
 * staff/import.xhtml?id=&amp;page=: one batch, the API's report of it (status, each file's rows done of its
 * rows), refreshed by a poll while it runs, and its rejected rows a page at a time.
 */
@Named
@ViewScoped
public class StaffImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    BatchRecords batches;

    private String id;
    private int page = 1;
    private transient Optional<ImportReport> report;
    private transient List<ImportReport.Rejection> rejected;
    private Long rejectedTotal;

    /** f:viewAction: an unknown or forged batch id is a 404. */
    public void open() throws IOException {
        id = StaffPages.parameter("id").orElse(null);
        page = StaffPages.pageParameter();
        if (getReport() == null) {
            StaffPages.notFound();
        }
    }

    /** The poll's listener: the report and the rejected rows are read again. */
    public void refresh() {
        report = null;
        rejected = null;
        rejectedTotal = null;
    }

    public ImportReport getReport() {
        if (report == null) {
            report = id == null ? Optional.empty() : batches.progress(id);
        }
        return report.orElse(null);
    }

    public boolean isRunning() {
        return getReport() != null && ("queued".equals(getReport().status()) || "running".equals(getReport().status()));
    }

    /** Per cent of the rows done, for the progress bar. */
    public int percent(ImportReport.FileProgress file) {
        return file.rowsTotal() == 0 ? 100 : (int) Math.min(100, file.rowsDone() * 100 / file.rowsTotal());
    }

    public List<ImportReport.Rejection> getRejected() {
        if (rejected == null) {
            rejected = batches.rejected(id, Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return rejected;
    }

    public long getRejectedTotal() {
        if (rejectedTotal == null) {
            rejectedTotal = batches.countRejected(id);
        }
        return rejectedTotal;
    }

    public int getPageCount() {
        return Pager.pageCount(getRejectedTotal(), PAGE_SIZE);
    }

    public int getPage() {
        return Pager.clamp(page);
    }

    public String getId() {
        return id;
    }
}
