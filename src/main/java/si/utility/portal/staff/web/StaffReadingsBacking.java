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
public class StaffReadingsBacking extends PagedList<ReviewItem> {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadingReview review;

    public List<ReviewItem> getReadings() {
        return rows();
    }

    @Override
    protected List<ReviewItem> read(int first, int max) {
        return review.queue(first, max);
    }

    @Override
    protected long count() {
        return review.count();
    }
}
