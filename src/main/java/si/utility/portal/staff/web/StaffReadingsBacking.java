package si.utility.portal.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import si.utility.portal.consumption.service.ReadingReview;
import si.utility.portal.consumption.service.ReadingReview.ReviewItem;

/** staff/readings.xhtml: the readings waiting for review, oldest entry first, a page at a time (?page=). */
@Named
@RequestScoped
public class StaffReadingsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    ReadingReview review;

    private int page = 1;
    private List<ReviewItem> readings;
    private Long total;

    public List<ReviewItem> getReadings() {
        if (readings == null) {
            readings = review.queue(Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return readings;
    }

    public long getTotal() {
        if (total == null) {
            total = review.count();
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
