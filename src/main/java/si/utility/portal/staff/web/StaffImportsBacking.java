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
public class StaffImportsBacking extends PagedList<BatchLine> {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchRecords batches;

    public List<BatchLine> getBatches() {
        return rows();
    }

    @Override
    protected List<BatchLine> read(int first, int max) {
        return batches.page(first, max);
    }

    @Override
    protected long count() {
        return batches.count();
    }
}
